/** The fixture site's model and bodies, read by the checker as the build would read them. */
import { checkContent } from '../../src/check/index.ts';
import { buildSiteModel, type SiteModel } from '../../src/model/site.ts';
import type { DataOptions } from '../../src/data/open-data.ts';
import { FIXTURE, TODAY } from '../helpers.ts';

export async function fixtureModel(contentDir = FIXTURE): Promise<{ model: SiteModel; options: DataOptions }> {
  const { content, errors } = await checkContent({ contentDir, today: TODAY, lang: 'en' });
  if (errors > 0 || !content.site) throw new Error(`The fixture at ${contentDir} has errors.`);
  const model = buildSiteModel({ ...content, site: content.site.data }, TODAY);
  const bodies = (entries: readonly { id: string; file: { body?: string | undefined } }[]) => new Map(entries.map((e) => [e.id, e.file.body ?? '']));
  return {
    model,
    options: {
      urls: { project: (id) => `https://example.org/projects/${id}/`, update: (id) => `https://example.org/updates/${id}/`, district: (id) => `https://example.org/districts/${id}/` },
      bodies: { projects: bodies(content.projects), updates: bodies(content.updates) },
    },
  };
}
