/** The archive files this build can see, in `archive/` beside the content folder (src/archive/names.ts). */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { archiveNames, archivesDir } from './names.ts';
import { contentDir } from '../config.ts';

export interface ArchiveFile {
  name: string;
  path: string;
  bytes: number;
  sha256: string;
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
