/**
 * URLs of pictures: an entry's image keeps its path below `content/`, copied by the
 * integration; and a site's own files, `content/files/…` published as `/files/…`.
 */
import { lstatSync, readdirSync, rmSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { copyIfChanged } from '../build/incremental.ts';
import { contentDir, MEDIA_PREFIX, projectRoot } from '../config.ts';
import { assertWritableInside, fileInside, resolveInside } from './paths.ts';
import { fileUrls, SITE_FILES_FOLDER } from './urls.ts';

/** `filePath` is the entry's path as Astro reports it (relative to the project root). */
export function imageUrl(filePath: string, src: string): string {
  const absolute = join(dirname(resolve(projectRoot(), filePath)), src);
  return fileUrls.media(relative(contentDir(), absolute).split(sep).map(encodeURIComponent).join('/'));
}

/**
 * Copies a picture of the content into the output, at `media/<its path below content/>`,
 * and returns that path relative to the output with `/`. The checker refuses pictures
 * outside the content folder; this refuses them again (throwing `OutsideFolderError`), so
 * that no file outside `content/` is published and nothing is written outside
 * `<out>/media/`, whatever the entry says. The copy holds the picture's bytes, never a link.
 */
export function copyMedia(content: string, out: string, source: string): string {
  return copyInside(content, out, source, join(out, MEDIA_PREFIX.slice(1), relative(content, source)));
}

/**
 * Every file below `content/files/` (notices, PDFs, any type), absolute. Names starting
 * with "." are left out, as everywhere in the content; links are listed only when they
 * lead to a file inside the content folder (the checker reports the others) and links to
 * folders are not followed.
 */
export function siteFiles(content: string): string[] {
  const folder = join(content, SITE_FILES_FOLDER);
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .map((entry) => ({ entry, path: join(entry.parentPath, entry.name) }))
    .filter(({ path }) => !relative(folder, path).split(sep).some((part) => part.startsWith('.')))
    .filter(({ entry, path }) => entry.isFile() || (entry.isSymbolicLink() && resolveInside(content, path).ok))
    .map(({ path }) => path)
    .sort();
}

/**
 * Copies a file of `content/files/` into the output at the same path (`files/…`, served
 * as `/files/…`), byte for byte, with the guards of `copyMedia`. Returns that path
 * relative to the output with `/`.
 */
export function copySiteFile(content: string, out: string, source: string): string {
  return copyInside(content, out, source, join(out, relative(content, source)));
}

/** Copies a file that must lie inside `content` to `target`, which must lie inside `out`. */
function copyInside(content: string, out: string, source: string, target: string): string {
  const real = fileInside(content, source);
  assertWritableInside(out, target);
  // A link left in the output would be written through, to wherever it points.
  if (isLink(target)) rmSync(target);
  copyIfChanged(real, target);
  return relative(out, target).split(sep).join('/');
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
