/**
 * The one place pages get their data from: Astro's collections turned into the site
 * model once per build (per request in `npm run dev`, so that edits show at once).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate } from '../model/dates.ts';
import { buildSiteModel, type SiteModel } from '../model/site.ts';
import { hasEntryFiles } from '../check/read.ts';
import { contentDir, isPreview, oncePerBuild } from '../config.ts';

/** A collection's entries; one with no files yet (a new site) is not asked for, as Astro would warn that it is empty. */
export function entriesOf<C extends 'themes' | 'districts' | 'programmes' | 'projects' | 'updates'>(name: C): Promise<CollectionEntry<C>[]> {
  return hasEntryFiles(contentDir(), name) ? getCollection(name) : Promise.resolve([]);
}

async function load(): Promise<SiteModel> {
  const [sites, themes, districts, programmes, projects, updates] = await Promise.all([
    getCollection('site'),
    entriesOf('themes'),
    entriesOf('districts'),
    entriesOf('programmes'),
    entriesOf('projects'),
    entriesOf('updates'),
  ]);
  const site = sites[0]!.data;
  // `npm run dev` previews drafts and scheduled entries, marked; a build never includes them.
  return buildSiteModel({ site, themes, districts, programmes, projects, updates }, buildDate(process.env, site.timeZone), { preview: isPreview() });
}

export const getSiteModel: () => Promise<SiteModel> = oncePerBuild(load);

export type ProjectEntry = CollectionEntry<'projects'>;
