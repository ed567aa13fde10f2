/**
 * What search finds: projects, updates, places, themes and programmes as flat documents
 * with a title, the text to match and the path of their page.
 */
import type { SiteModel } from '../model/site.ts';
import type { ProjectState } from '../model/state.ts';
import { STALE_AFTER_DAYS } from '../schemas/site.ts';

export type SearchKind = 'project' | 'update' | 'district' | 'theme' | 'programme';

export interface SearchDocument {
  /** Unique across kinds: `project:2022/x`. */
  id: string;
  kind: SearchKind;
  title: string;
  /** A line shown under the title: places, date, status. */
  detail: string;
  /** Everything else that should match. */
  text: string;
  /** Page path without locale prefix and without slashes at the ends. */
  path: string;
  /** What the result shows beside its detail line, dated and worded by the page (see `shownLine`); not searched. */
  shown?: string;
}

/**
 * A result's status and dates as one compact line of the index, which the search page
 * words in its own language: an update's `<date>`, or a project's
 * `<status> <asOf> [overdue] [stale:<days>]` (dates `YYYY[-MM[-DD]]`).
 */
export function shownLine(shown: { date: string } | { state: ProjectState; staleAfterDays: number }): string {
  if ('date' in shown) return shown.date;
  const { state, staleAfterDays } = shown;
  return [state.status, state.asOf, ...(state.overdue ? ['overdue'] : []), ...(state.stale ? [`stale:${staleAfterDays}`] : [])].join(' ');
}

/** Markdown source as plain text: markup characters and link targets removed. */
export function plainText(markdown: string | undefined): string {
  if (!markdown) return '';
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#>*_`|~-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How much of a body is searched. Titles, places, departments and summaries carry what
 * readers look for; whole bodies would make the index, which a phone downloads, grow
 * with every paragraph written (measured by `npm run bench`).
 */
export const BODY_CHARACTERS = 200;

/** The opening of an entry's body as plain text, when it has one. */
function bodyOf(entry: object): string {
  const text = plainText((entry as { body?: string }).body);
  // Characters, not UTF-16 units: counted up to the limit rather than splitting the whole text.
  let end = 0;
  let count = 0;
  for (const character of text) {
    if (count++ === BODY_CHARACTERS) break;
    end += character.length;
  }
  return text.slice(0, end);
}

export function searchDocuments(model: SiteModel): SearchDocument[] {
  const name = (id: string) => model.tree.nodes.get(id)?.data.name ?? id;
  const staleAfterDays = model.site.staleAfterDays ?? STALE_AFTER_DAYS;
  const docs: SearchDocument[] = [];
  for (const programme of model.programmes) {
    docs.push({
      id: `programme:${programme.id}`,
      kind: 'programme',
      title: programme.data.title,
      detail: String(programme.data.year),
      text: [programme.data.summary, bodyOf(programme)].filter(Boolean).join(' '),
      path: String(programme.data.year),
    });
  }
  for (const project of model.projects) {
    const { data } = project;
    docs.push({
      id: `project:${project.id}`,
      kind: 'project',
      title: data.title,
      detail: `${project.year} · ${data.districts.map(name).join('、')}`,
      text: [
        data.summary,
        data.leadDepartment,
        ...(data.partners ?? []),
        data.districts.map(name).join(' '),
        model.themeById.get(data.theme)?.data.name,
        ...(data.tags ?? []),
        data.location?.address,
        bodyOf(project),
      ].filter(Boolean).join(' '),
      path: `projects/${project.id}`,
      shown: shownLine({ state: project.state, staleAfterDays }),
    });
  }
  for (const update of model.updates) {
    docs.push({
      id: `update:${update.id}`,
      kind: 'update',
      title: update.data.title,
      // The date is shown from `shown`, in the page's language; it is still found in the text.
      detail: update.projects.map((p) => p.data.title).join('、'),
      text: [update.data.date, update.projects.map((p) => p.data.title).join(' '), update.data.author, bodyOf(update)].filter(Boolean).join(' '),
      path: `updates/${update.id}`,
      shown: shownLine({ date: update.data.date }),
    });
  }
  for (const node of model.tree.nodes.values()) {
    docs.push({ id: `district:${node.id}`, kind: 'district', title: node.data.name, detail: node.parent?.data.name ?? '', text: '', path: `districts/${node.id}` });
  }
  for (const theme of model.themes) {
    docs.push({ id: `theme:${theme.id}`, kind: 'theme', title: theme.data.name, detail: theme.data.short ?? '', text: theme.data.description ?? '', path: `themes/${theme.id}` });
  }
  return docs;
}
