/** The archive files this build can see, in `archive/` beside the content folder (src/archive/names.ts). */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { archiveNames, archivesDir } from './names.ts';
import { readZipEntry, ZipReadError } from './zip.ts';
import { contentDir } from '../config.ts';

export interface ArchiveFile {
  name: string;
  path: string;
  bytes: number;
  sha256: string;
}

/**
 * The sha256 of the tag manifest inside a year's zip: what `npm run verify-archive -- <folder>
 * --sha256` compares an unpacked copy with. Undefined when there is no zip or it cannot be read.
 */
export function tagManifestDigest(year: number): string | undefined {
  const path = join(archivesDir(contentDir()), archiveNames(year).zip);
  if (!existsSync(path)) return undefined;
  try {
    const bytes = readZipEntry(readFileSync(path), `minsheng-${year}/tagmanifest-sha256.txt`);
    return bytes ? createHash('sha256').update(bytes).digest('hex') : undefined;
  } catch (error) {
    if (error instanceof ZipReadError) return undefined;
    throw error;
  }
}

/** The zip and WACZ of a year that exist, in that order. */
export function archiveFiles(year: number): ArchiveFile[] {
  const { zip, wacz } = archiveNames(year);
  return [zip, wacz].flatMap((name) => {
    const path = join(archivesDir(contentDir()), name);
    if (!existsSync(path)) return [];
    const bytes = readFileSync(path);
    return [{ name, path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }];
  });
}
