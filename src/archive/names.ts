/** Where the archives of a site live and what they are called: shared by `npm run archive` and the /archive/ page. */
import { dirname, join } from 'node:path';

/** Set by `npm run archive` for the build it archives: that build is itself the archive of this year. */
export const ARCHIVING_ENV = 'MINSHENG_ARCHIVE_YEAR';

/** `archive/` beside the content folder: the default output of the command, and where the build looks. */
export function archivesDir(contentDir: string): string {
  return join(dirname(contentDir), 'archive');
}

/** The zip of the bag, the WACZ of the site, and the folder the bag has inside the zip. */
export function archiveNames(year: number): { zip: string; wacz: string; folder: string } {
  return { zip: `minsheng-${year}.zip`, wacz: `minsheng-${year}.wacz`, folder: `minsheng-${year}` };
}
