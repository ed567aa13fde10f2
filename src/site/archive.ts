/**
 * `/archive/`: every programme year, with the archive files of it found beside the
 * content (their names, sizes and digests), or whether this build is itself its archive.
 * What is read from disk is in the data, so a new or changed archive renders the page again.
 */
import { archiveFiles, type ArchiveFile } from '../archive/listing.ts';
import { ARCHIVING_ENV } from '../archive/names.ts';
import { oncePerObject } from '../config.ts';
import type { SiteModel } from '../model/site.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';

export interface ArchiveDownload {
  name: string;
  /** The zip of the bag, or the WACZ of the site. */
  kind: 'zip' | 'wacz';
  bytes: number;
  sha256: string;
  /** For the zip: the sha256 of the bag's tag manifest inside it, when it can be read. */
  tagManifest?: string;
}

export interface ArchiveYear {
  year: number;
  title: string;
  downloads: ArchiveDownload[];
  /** This build is the one `npm run archive` makes of this year. */
  thisCopy?: true;
}

export interface ArchivePageData extends PageData {
  years: ArchiveYear[];
}

/** The archive files of each programme year, by year, read once for a model: the page and the endpoint share them. */
export const archivesOf: (model: SiteModel) => ReadonlyMap<number, ArchiveFile[]> = oncePerObject(
  (model: SiteModel) => new Map(model.programmes.map(({ data: { year } }) => [year, archiveFiles(year)])),
);

const download = (file: ArchiveFile): ArchiveDownload => ({
  name: file.name,
  kind: file.name.endsWith('.zip') ? 'zip' : 'wacz',
  bytes: file.bytes,
  sha256: file.sha256,
  ...(file.tagManifest ? { tagManifest: file.tagManifest } : {}),
});

export const archivePage = pageKind<ArchivePageData>({
  view: 'archive',
  pages: () => [{ path: 'archive' }],
  data(model, _key, locale) {
    const archiving = process.env[ARCHIVING_ENV];
    const files = archivesOf(model);
    return {
      frame: frame(model, locale, 'archive'),
      years: model.programmes.map(({ data: { year, title } }) => ({
        year,
        title,
        downloads: files.get(year)!.map(download),
        ...(archiving === String(year) ? { thisCopy: true as const } : {}),
      })),
    };
  },
});
