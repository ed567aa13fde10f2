/** The open-data files of a site model, shared by the endpoint that writes them and the page that lists them. */
import { openDataFiles, type DataFile } from './open-data.ts';
import { absolute } from '../site/feeds.ts';
import { oncePerObject } from '../config.ts';
import { pageUrls } from '../lib/urls.ts';
import type { SiteModel } from '../model/site.ts';

/**
 * Each entry's Markdown body as written, by id, without the blank lines around it (the
 * newline that ends the file is not part of the text); an entry without one has an empty body.
 */
const bodiesOf = (entries: readonly { id: string; body?: string }[]) => new Map(entries.map((entry) => [entry.id, (entry.body ?? '').trim()]));

function load(model: SiteModel): DataFile[] {
  // Data files are in the content's language, at the addresses of the default locale.
  const u = pageUrls('');
  return openDataFiles(model, {
    urls: {
      project: (id) => absolute(model, u.project(id)),
      update: (id) => absolute(model, u.update(id)),
      district: (id) => absolute(model, u.district(id)),
    },
    bodies: { projects: bodiesOf(model.projects), updates: bodiesOf(model.updates) },
  });
}

/** The open-data files of a model, made once for it: the page and the endpoint list the same bytes. */
export const dataFiles: (model: SiteModel) => DataFile[] = oncePerObject(load);
