/** `/updates/<yyyy-mm-dd>-<slug>/`: one update, with what it changed on each project. */
import type { Unpublished } from '../model/site.ts';
import type { UpdateKind } from '../schemas/update.ts';
import { changeItem, projectCard, type ChangeItem, type ProjectCard } from './cards.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';
import { bodyData, type BodyData } from './report.ts';

export interface UpdatePageData extends PageData {
  date: string;
  kind: UpdateKind;
  title: string;
  participants?: number;
  author?: string;
  unpublished?: Unpublished;
  body?: BodyData;
  /** The projects it is about, each with what it changed on it. */
  projects: { card: ProjectCard; change?: ChangeItem }[];
}

export const updatePage = pageKind<UpdatePageData>({
  view: 'update',
  pages: (model) => model.updates.map((update) => ({ key: update.id, path: `updates/${update.id}` })),
  data(model, key, locale) {
    const update = model.updateById.get(key!)!;
    const { data } = update;
    const body = bodyData(model, update, locale);
    return {
      frame: frame(model, locale, `updates/${update.id}`),
      date: data.date,
      kind: data.kind,
      title: data.title,
      ...(data.participants !== undefined ? { participants: data.participants } : {}),
      ...(data.author ? { author: data.author } : {}),
      ...(update.unpublished ? { unpublished: update.unpublished } : {}),
      ...(body ? { body } : {}),
      projects: update.projects.map((project) => {
        const change = update.changes.find((c) => c.project.id === project.id);
        return { card: projectCard(model, project), ...(change ? { change: changeItem(change) } : {}) };
      }),
    };
  },
});
