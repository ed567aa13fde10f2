/**
 * Which content files make up the archive of a year: its programme and published
 * projects, the published updates about them, and the site settings, themes, places
 * (with the places above them), boundaries and pictures those use — everything the site
 * of that year is built from, and nothing more.
 *
 * Unpublished entries stay out: the archive is public, and a draft may say what was
 * never meant to be. An update that also lists projects outside the archive stays out
 * too, since its references could not be resolved there; both are reported.
 */
import { dirname, join } from 'node:path';
import type { CheckedContent } from '../check/rules.ts';
import { fileInside } from '../lib/paths.ts';
import { SITE_FILES_FOLDER, siteFilePath } from '../lib/urls.ts';
import { isPublished } from '../model/publish.ts';
import { byPath } from './bagit.ts';
import { contentPath } from './frozen.ts';

export interface LeftOut {
  path: string;
  reason: 'unpublished' | 'outside';
  /** For `outside`: the projects it lists that are not in the archive. */
  others?: string[];
}

export interface YearSelection {
  /** Paths relative to the content folder, sorted. */
  paths: string[];
  /** The programme's path among them. */
  programme: string;
  left: LeftOut[];
}

export class NoProgrammeError extends Error {
  readonly year: number;
  constructor(year: number) {
    super(`There is no programme for ${year}.`);
    this.name = 'NoProgrammeError';
    this.year = year;
  }
}

export function selectYear(content: CheckedContent, year: number, today: string, contentDir: string): YearSelection {
  const path = (file: { absolutePath: string }) => contentPath(contentDir, file.absolutePath);
  const programme = content.programmes.find((p) => p.data.year === year);
  if (!programme || !content.site) throw new NoProgrammeError(year);
  const paths = new Set([path(content.site.file), path(programme.file)]);
  const left: LeftOut[] = [];

  const ofYear = content.projects.filter((p) => p.id.startsWith(`${year}/`));
  const projects = ofYear.filter((p) => isPublished(p.data, today));
  for (const p of ofYear) if (!projects.includes(p)) left.push({ path: path(p.file), reason: 'unpublished' });
  const kept = new Set(projects.map((p) => p.id));

  for (const update of content.updates) {
    const related = update.id.startsWith(`${year}-`) || update.data.projects.some((id) => id.startsWith(`${year}/`));
    if (!related) continue;
    const others = update.data.projects.filter((id) => !kept.has(id));
    if (!isPublished(update.data, today)) left.push({ path: path(update.file), reason: 'unpublished' });
    else if (others.length > 0) left.push({ path: path(update.file), reason: 'outside', others });
    else paths.add(path(update.file));
  }

  const themes = new Set([...programme.data.themes, ...projects.map((p) => p.data.theme)]);
  for (const theme of content.themes) if (themes.has(theme.id)) paths.add(path(theme.file));

  // Places used, and every place above them: the tree must reach its top.
  const districtById = new Map(content.districts.map((d) => [d.id, d]));
  const places = new Set<string>();
  const climb = (id: string | undefined) => {
    while (id !== undefined && !places.has(id) && districtById.has(id)) {
      places.add(id);
      id = districtById.get(id)!.data.parent;
    }
  };
  [content.site.data.region, programme.data.region, ...projects.flatMap((p) => p.data.districts)].forEach(climb);
  for (const id of places) {
    const district = districtById.get(id)!;
    paths.add(path(district.file));
    if (district.data.geometry) paths.add(`geo/${district.data.geometry}`);
  }

  for (const project of projects) {
    for (const image of project.data.images ?? []) paths.add(contentPath(contentDir, join(dirname(project.file.absolutePath), image.src)));
    // The site's own files its sources cite (`/files/…`), so that their links work offline.
    for (const source of project.data.sources ?? []) {
      const below = source.url === undefined ? undefined : siteFilePath(source.url);
      if (below !== undefined) paths.add(contentPath(contentDir, join(contentDir, SITE_FILES_FOLDER, below)));
    }
    paths.add(path(project.file));
  }

  // These files are copied into the archive: each must be a file inside the content folder,
  // as the checker requires, or nothing is archived (an `OutsideFolderError`).
  for (const selected of paths) fileInside(contentDir, join(contentDir, selected));
  return { paths: [...paths].sort(byPath), programme: path(programme.file), left: left.sort((a, b) => byPath(a.path, b.path)) };
}
