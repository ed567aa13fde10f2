/** The open-data files of this build, shared by the endpoint that writes them and the page that lists them. */
import { openDataFiles, type DataFile } from './open-data.ts';
import { absolute } from '../lib/feeds.ts';
import { entriesOf, getSiteModel } from '../lib/site.ts';
import { oncePerBuild } from '../config.ts';
import { pageUrls } from '../lib/urls.ts';

async function load(): Promise<DataFile[]> {
  const model = await getSiteModel();
  const bodies = async (collection: 'projects' | 'updates') =>
    new Map((await entriesOf(collection)).map((entry) => [entry.id, entry.body ?? '']));
  // Data files are in the content's language, at the addresses of the default locale.
  const u = pageUrls('');
  return openDataFiles(model, {
    urls: {
      project: (id) => absolute(model, u.project(id)),
      update: (id) => absolute(model, u.update(id)),
      district: (id) => absolute(model, u.district(id)),
    },
    bodies: { projects: await bodies('projects'), updates: await bodies('updates') },
  });
}

export const dataFiles: () => Promise<DataFile[]> = oncePerBuild(load);
