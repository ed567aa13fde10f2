/** The archive files this build can see, in `archive/` beside the content folder (src/archive/names.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './bagit.ts';
import { archiveNames, archivesDir } from './names.ts';
import { readZipEntry, ZipReadError } from './zip.ts';
import { contentDir } from '../config.ts';

export interface ArchiveFile {
  name: string;
  path: string;
  bytes: number;
  sha256: string;
  /**
   * For the zip: the sha256 of the tag manifest inside it, which `npm run verify-archive --
   * <folder> --sha256` compares an unpacked copy with. Undefined when it cannot be read.
   */
  tagManifest?: string;
}

/** The sha256 of the bag's tag manifest inside the zip, or undefined when the zip cannot be read. */
function tagManifestDigest(zip: Buffer, folder: string): string | undefined {
  try {
    const bytes = readZipEntry(zip, `${folder}/tagmanifest-sha256.txt`);
    return bytes ? sha256(bytes) : undefined;
  } catch (error) {
    if (error instanceof ZipReadError) return undefined;
    throw error;
  }
}

/** The zip and WACZ of a year that exist, in that order, each read once. */
export function archiveFiles(year: number): ArchiveFile[] {
  const { zip, wacz, folder } = archiveNames(year);
  return [zip, wacz].flatMap((name) => {
    const path = join(archivesDir(contentDir()), name);
    if (!existsSync(path)) return [];
    const bytes = readFileSync(path);
    const file: ArchiveFile = { name, path, bytes: bytes.length, sha256: sha256(bytes) };
    if (name === zip) file.tagManifest = tagManifestDigest(bytes, folder);
    return [file];
  });
}
