/** `/projects/<id>/`: one project — its state, facts, milestones, figures, pictures, sources, story and updates. */
import { imageUrl } from '../lib/media.ts';
import { projectCharts, type NamedChart } from './chart-models.ts';
import { compareDates } from '../model/dates.ts';
import type { Unpublished } from '../model/site.ts';
import type { Money, Status } from '../schemas/common.ts';
import type { Metric, Milestone, Source } from '../schemas/project.ts';
import type { UpdateKind } from '../schemas/update.ts';
import { changeItem, dated, place, themeName, updateItem, type ChangeItem, type Dated, type Named, type UpdateItem } from './cards.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';
import { bodyData, type BodyData } from './report.ts';

export interface ProjectPicture {
  /** Where the published copy of the picture is served. */
  url: string;
  alt: string;
  caption?: string;
  credit?: string;
}

/** A correction of the project, shown apart so that a reader sees what was put right. */
export interface Erratum {
  id: string;
  date: string;
  title: string;
  change?: ChangeItem;
}

/** One row of the project's history; `update` is absent for the baseline. */
export interface HistoryRow {
  date: string;
  status: Status;
  progress: number;
  /** The update that set it, named by its title, or by its kind where the title is not at hand. */
  update?: { id: string } & ({ title: string } | { kind: UpdateKind });
}

export interface ProjectPageData extends PageData {
  id: string;
  year: number;
  /** The programme's title, or its year when it has none. */
  programme: string;
  title: string;
  summary?: string;
  unpublished?: Unpublished;
  theme: Named;
  places: Named[];
  lead: string;
  partners?: string[];
  leadOfficial?: string;
  budget?: Money;
  start?: string;
  plannedEnd?: string;
  tags?: string[];
  state: { status: Status; overdue: boolean; completed?: string } & Dated;
  /** In date order. */
  milestones: Milestone[];
  metrics: Metric[];
  pictures: ProjectPicture[];
  location?: { address?: string; lon?: number; lat?: number };
  sources: Source[];
  errata: Erratum[];
  history: HistoryRow[];
  /** Its updates, newest first, each with only what it changed on this project. */
  updates: UpdateItem[];
  charts: { progress: NamedChart; history: NamedChart; milestones?: NamedChart };
  body?: BodyData;
}

export const projectPage = pageKind<ProjectPageData>({
  view: 'project',
  pages: (model) => model.projects.map((project) => ({ key: project.id, path: `projects/${project.id}` })),
  data(model, key, locale) {
    const project = model.projectById.get(key!)!;
    const { data, state } = project;
    const [progress, history, milestones] = projectCharts(model, project, locale);
    const updateTitle = new Map(project.updates.map((update) => [update.id, update.data.title]));
    const body = bodyData(model, project, locale);
    return {
      frame: frame(model, locale, `projects/${project.id}`),
      id: project.id,
      year: project.year,
      programme: model.programmeByYear.get(project.year)?.data.title ?? String(project.year),
      title: data.title,
      ...(data.summary ? { summary: data.summary } : {}),
      ...(project.unpublished ? { unpublished: project.unpublished } : {}),
      theme: { id: data.theme, name: themeName(model, data.theme) },
      places: data.districts.map((id) => place(model, id)),
      lead: data.leadDepartment,
      ...(data.partners?.length ? { partners: data.partners } : {}),
      ...(data.leadOfficial ? { leadOfficial: data.leadOfficial } : {}),
      ...(data.budget ? { budget: data.budget } : {}),
      ...(data.start ? { start: data.start } : {}),
      ...(data.plannedEnd ? { plannedEnd: data.plannedEnd } : {}),
      ...(data.tags?.length ? { tags: data.tags } : {}),
      state: { status: state.status, overdue: state.overdue, ...dated(model, state), ...(state.completed ? { completed: state.completed } : {}) },
      milestones: [...(data.milestones ?? [])].sort((a, b) => compareDates(a.date, b.date)),
      metrics: data.metrics ?? [],
      pictures: (data.images ?? []).map((image) => ({
        url: imageUrl(project.filePath!, image.src),
        alt: image.alt,
        ...(image.caption ? { caption: image.caption } : {}),
        ...(image.credit ? { credit: image.credit } : {}),
      })),
      ...(data.location && (data.location.address || data.location.lon !== undefined) ? { location: data.location } : {}),
      sources: data.sources ?? [],
      errata: project.updates
        .filter((update) => update.data.kind === 'correction')
        .map((update) => {
          const change = update.changes.find((c) => c.project.id === project.id);
          return { id: update.id, date: update.data.date, title: update.data.title, ...(change ? { change: changeItem(change) } : {}) };
        }),
      history: state.history.map((step) => {
        const title = step.updateId ? updateTitle.get(step.updateId) : undefined;
        return {
          date: step.date,
          status: step.status,
          progress: step.progress,
          ...(step.updateId ? { update: { id: step.updateId, ...(title !== undefined ? { title } : { kind: step.kind! }) } } : {}),
        };
      }),
      updates: project.updates.map((update) => updateItem(update, project.id)),
      charts: { progress: progress!, history: history!, ...(milestones ? { milestones } : {}) },
      ...(body ? { body } : {}),
    };
  },
});
