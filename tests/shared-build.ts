/**
 * Fresh builds shared between test files. A fresh build (new output folder, new cache) is
 * fully determined by the content, the code and SOURCE_DATE_EPOCH, so a test that only
 * reads a fresh build of some content can take the one another test file already made of
 * the same bytes. Builds that a test goes on to change, or whose making is what it tests,
 * stay its own (`buildSite`).
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { buildSite, EPOCH } from './helpers.ts';

/** Every file of a folder, by relative path, with its bytes (a link with its target): what a build reads. */
function contentKey(content: string): string {
  const hash = createHash('sha256').update(EPOCH).update('\0');
  const entries = readdirSync(content, { recursive: true, encoding: 'utf8' }).sort();
  for (const path of entries) {
    const full = join(content, path);
    const stat = lstatSync(full);
    hash.update(path).update('\0');
    if (stat.isSymbolicLink()) hash.update('link:').update(readlinkSync(full));
    else if (stat.isFile()) hash.update(readFileSync(full));
    else hash.update(stat.isDirectory() ? '<folder>' : '<other>');
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 24);
}

/** Whether the process that took `lock` is still running (true while it is still writing its id). */
function builderAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return true;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

let ownStore: string | undefined;
/** The run's folder of shared builds (tests/global-setup.ts), or one of this process's own when run without it. */
function store(): string {
  const provided = inject('sharedBuilds');
  if (provided) return provided;
  if (!ownStore) {
    const folder = mkdtempSync(join(tmpdir(), 'minsheng-shared-builds-'));
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
    ownStore = folder;
  }
  return ownStore;
}

/**
 * A fresh build of the content folder as it is now, for reading only: the folder of the
 * site, built once per run for the same content. Throws with the build's output when the
 * build fails. Never write into the folder it returns.
 */
export async function sharedBuild(content: string): Promise<string> {
  const folder = store();
  const key = contentKey(content);
  const site = join(folder, key);
  const lock = `${site}.building`;
  for (;;) {
    if (existsSync(site)) return site;
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Another test file is building the same content: wait for its site, unless its process has died.
      if (!builderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else await sleep(250);
    }
  }
  try {
    if (existsSync(site)) return site;
    const run = buildSite(content, join(lock, 'dist'), join(lock, 'cache'));
    if (run.status !== 0) throw new Error(`The build failed:\n${run.stdout}\n${run.stderr}`);
    renameSync(join(lock, 'dist'), site);
    return site;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
