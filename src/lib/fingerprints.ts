/**
 * What a page or a chart shows, reduced to a fingerprint. A rebuild that finds a page's
 * fingerprint unchanged keeps the page from the last build instead of rendering it again
 * (src/build/incremental.ts); place feeds and chart files follow the same fingerprints.
 * Publishing one update therefore re-renders the pages of its project and of the lists
 * that hold that project, not the whole site.
 *
 * A fingerprint covers data only: any change to the build's own code empties the output
 * and the records, and the next build renders everything.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, oncePerObject } from '../config.ts';
import type { ProjectView, SiteModel, UpdateView } from '../model/site.ts';
import { LATEST_UPDATES, updatesByMonth, type Page } from './routes.ts';

function digest(parts: readonly string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

/** Entries from Astro carry their Markdown body; entries built in tests may not. */
const bodyOf = (entry: object) => (entry as { body?: string }).body ?? '';

/** Every file of `content/geo/`: maps read boundaries straight from there, not through the model. */
function geoFiles(): string[] {
  const dir = join(contentDir(), 'geo');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort()
    .flatMap((path) => [path, readFileSync(path, 'utf8')]);
}

/**
 * What every page may show besides its projects: the site's settings, places, themes,
 * programmes (their reports included), map boundaries, and the build day, which decides
 * what is published and what is late. A change to any of these changes every page.
 */
export const siteFingerprint = oncePerObject((model: SiteModel): string =>
  digest([
    model.today,
    JSON.stringify(model.site),
    ...model.themes.flatMap((theme) => [theme.id, JSON.stringify(theme.data)]),
    ...[...model.tree.nodes.values()].flatMap((node) => [node.id, JSON.stringify(node.data)]),
    ...model.programmes.flatMap((programme) => [programme.id, JSON.stringify(programme.data), bodyOf(programme)]),
    ...geoFiles(),
  ]),
);

/** A project as written, with every published update about it: its state follows from these and the build day. */
export const projectFingerprint = oncePerObject((project: ProjectView): string =>
  digest([
    project.id,
    JSON.stringify(project.data),
    bodyOf(project),
    ...project.updates.flatMap((update) => [update.id, JSON.stringify(update.data), bodyOf(update)]),
  ]),
);

/** A page or chart that shows these projects (their titles, states, figures) within the site. */
export function scopeFingerprint(model: SiteModel, projects: readonly ProjectView[]): string {
  return digest([siteFingerprint(model), ...projects.map(projectFingerprint)]);
}

/** A list of updates, with the months it links to: each with its count on the front of the list. */
function updateListFingerprint(model: SiteModel, updates: readonly UpdateView[], counts: boolean): string {
  const months = [...updatesByMonth(model)].map(([month, list]) => (counts ? `${month} ${list.length}` : month));
  return digest([siteFingerprint(model), ...months, ...updates.flatMap((u) => [u.id, scopeFingerprint(model, u.projects)])]);
}

/**
 * The fingerprint of a page, or undefined for a page rendered on every build: those that
 * show the whole site (home, places, search, data) or files beside the site (archive).
 */
export function pageFingerprint(model: SiteModel, page: Page): string | undefined {
  switch (page.view) {
    case 'project':
      return scopeFingerprint(model, [model.projectById.get(page.key!)!]);
    case 'update':
      return scopeFingerprint(model, model.updateById.get(page.key!)!.projects);
    case 'programme':
    case 'summary':
    case 'filter': {
      const year = Number(page.key!.split('/')[0]);
      return scopeFingerprint(model, model.programmeByYear.get(year)!.projects);
    }
    case 'district':
      return scopeFingerprint(model, model.projectsByDistrict.get(page.key!) ?? []);
    case 'theme':
      return scopeFingerprint(model, model.projects.filter((p) => p.data.theme === page.key));
    case 'updates':
      return page.key
        ? updateListFingerprint(model, updatesByMonth(model).get(page.key)!, false)
        : updateListFingerprint(model, model.updates.slice(0, LATEST_UPDATES), true);
    default:
      return undefined;
  }
}

/** The feed of a place: the updates about its projects and those of the places below it. */
export function placeFeedFingerprint(model: SiteModel, id: string): string {
  return scopeFingerprint(model, model.projectsByDistrict.get(id) ?? []);
}
