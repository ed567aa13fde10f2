/**
 * Paths that must stay inside a folder: the files an entry names must be regular files
 * inside `content/` once every symbolic link is followed, and what the build and the
 * archive write or delete must stay inside their own folders. The checker refuses content
 * that breaks this; the copying code asks again, so that nothing leaves its folder even
 * when the checker did not run.
 */
import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** Whether `path` is `folder` or lies below it, as written (links are not followed). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Why a path is not a file the content may use. */
export type Refusal =
  /** Nothing there. */
  | 'missing'
  /** A symbolic link to nothing: `target` is the link as written. */
  | 'dangling'
  /** Symbolic links that lead back to themselves. */
  | 'loop'
  /** Outside the folder, as written or through a link: `target` is where it leads. */
  | 'outside'
  | 'folder'
  /** A pipe, socket or device: reading it may never end. */
  | 'special';

export type Resolved = { ok: true; real: string } | { ok: false; refusal: Refusal; target?: string };

/** Real path of a folder, or the folder as given when it does not exist (then nothing below it does). */
function realFolder(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return resolve(folder);
  }
}

/**
 * What `path` is once every link is followed: a regular file inside `folder` (with its real
 * path, which is what to read or copy: a copy holds the file's bytes, never a link), or why not.
 */
export function resolveInside(folder: string, path: string): Resolved {
  if (!isInside(folder, path)) return { ok: false, refusal: 'outside', target: resolve(path) };
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { ok: false, refusal: 'loop' };
    const link = linkTarget(path);
    return link === undefined ? { ok: false, refusal: 'missing' } : { ok: false, refusal: 'dangling', target: link };
  }
  if (!isInside(realFolder(folder), real)) return { ok: false, refusal: 'outside', target: real };
  const stats = statSync(real);
  if (stats.isDirectory()) return { ok: false, refusal: 'folder' };
  if (!stats.isFile()) return { ok: false, refusal: 'special' };
  return { ok: true, real };
}

/** The target of a symbolic link as written, or undefined when `path` is not one. */
function linkTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/** A path the build or the archive refused to read, write or delete, because it leaves its folder. */
export class OutsideFolderError extends Error {
  readonly path: string;
  readonly folder: string;
  readonly refusal: Refusal;
  constructor(path: string, folder: string, refusal: Refusal) {
    super(`Refused ${path}: ${refusal === 'outside' ? 'it leads outside' : `it is not a regular file (${refusal}) inside`} ${folder}.`);
    this.name = 'OutsideFolderError';
    this.path = path;
    this.folder = folder;
    this.refusal = refusal;
  }
}

/** The real path of a file inside `folder`, to read or copy; throws when it is not one. */
export function fileInside(folder: string, path: string): string {
  const found = resolveInside(folder, path);
  if (!found.ok) throw new OutsideFolderError(path, folder, found.refusal);
  return found.real;
}

/**
 * Whether writing or deleting `path` stays inside `folder`: the path as written, and the
 * real path of the nearest folder above it that exists (a link among the output's folders
 * could lead elsewhere). A link at `path` itself is the caller's to replace, not to write
 * through.
 */
export function staysInside(folder: string, path: string): boolean {
  if (!isInside(folder, path)) return false;
  let existing = dirname(resolve(path));
  while (!exists(existing)) {
    // Nothing of the folder exists yet, so no link can be on the way.
    if (existing === resolve(folder)) return true;
    existing = dirname(existing);
  }
  return isInside(realFolder(folder), realFolder(existing));
}

/** Throws `OutsideFolderError` unless writing `path` stays inside `folder` (see `staysInside`). */
export function assertWritableInside(folder: string, path: string): void {
  if (!staysInside(folder, path)) throw new OutsideFolderError(path, folder, 'outside');
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
