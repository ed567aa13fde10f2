/**
 * The site model: every published entry with what pages need derived once — each
 * project's current state and updates, the place tree with roll-ups, programme figures.
 */
import type { District } from '../schemas/district.ts';
import type { Programme } from '../schemas/programme.ts';
import type { Project } from '../schemas/project.ts';
import type { Site } from '../schemas/site.ts';
import type { Theme } from '../schemas/theme.ts';
import type { Update } from '../schemas/update.ts';
import { districtTree, rollUp, type DistrictTree } from './districts.ts';
import { byId, type Entry } from './entry.ts';
import { isPublished } from './publish.ts';
import { chronological, currentState, type ProjectState, type StateStep } from './state.ts';
import { programmeStats, type ProgrammeStats } from './stats.ts';

/** Everything read from `content/`. */
export interface SiteContent {
  site: Site;
  themes: readonly Entry<Theme>[];
  districts: readonly Entry<District>[];
  /** Ids are the years, as strings. */
  programmes: readonly Entry<Programme>[];
  projects: readonly Entry<Project>[];
  updates: readonly Entry<Update>[];
}

/** Why an entry shown in a preview would not be on the public site. */
export type Unpublished = 'draft' | 'scheduled';

export interface ProjectView extends Entry<Project> {
  /** The programme year, from the id's first segment. */
  year: number;
  state: ProjectState;
  /** Published updates that list it, newest first. */
  updates: UpdateView[];
  /** Only in previews: set on drafts and entries whose day has not come. */
  unpublished?: Unpublished;
}

/** What an update did to one project: the step before it (absent when it came first) and the step it made. */
export interface StateChange {
  project: ProjectView;
  from?: StateStep;
  to: StateStep;
}

export interface UpdateView extends Entry<Update> {
  /** The published projects it is about, in the order listed. */
  projects: ProjectView[];
  /** The status or progress it changed, per project; empty for updates that only report. */
  changes: StateChange[];
  unpublished?: Unpublished;
}

export interface ProgrammeView extends Entry<Programme> {
  projects: ProjectView[];
  stats: ProgrammeStats;
}

export interface SiteModel {
  site: Site;
  today: string;
  /** By `order`, then id. */
  themes: Entry<Theme>[];
  themeById: Map<string, Entry<Theme>>;
  tree: DistrictTree;
  /** Newest year first. */
  programmes: ProgrammeView[];
  programmeByYear: Map<number, ProgrammeView>;
  projects: ProjectView[];
  projectById: Map<string, ProjectView>;
  /** Newest first. */
  updates: UpdateView[];
  updateById: Map<string, UpdateView>;
  /** Each place's projects, including those of the places below it. */
  projectsByDistrict: Map<string, ProjectView[]>;
}

const byTitle = new Intl.Collator('zh-Hans-u-co-pinyin');

function unpublishedReason(data: { draft?: boolean }, today: string): Unpublished | undefined {
  if (isPublished(data, today)) return undefined;
  return data.draft ? 'draft' : 'scheduled';
}

export interface ModelOptions {
  /**
   * Keep drafts and scheduled entries, marked as such: what `npm run dev` shows a press
   * office before publishing. The public build never sets it.
   */
  preview?: boolean;
}

export function buildSiteModel(content: SiteContent, today: string, options: ModelOptions = {}): SiteModel {
  const shown = <T extends Entry<{ draft?: boolean }>>(entries: readonly T[]) =>
    entries.flatMap((entry) => {
      const reason = unpublishedReason(entry.data, today);
      if (reason && !options.preview) return [];
      return [reason ? { ...entry, unpublished: reason } : entry];
    });
  const themes = [...content.themes].sort(
    (a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || (a.id < b.id ? -1 : 1),
  );
  const tree = districtTree(content.districts);
  const shownUpdates = shown(content.updates);

  // Grouped once: scanning every update for every project grows as projects × updates.
  const updatesByProject = new Map<string, Entry<Update>[]>();
  for (const update of shownUpdates) {
    for (const id of update.data.projects) {
      const list = updatesByProject.get(id);
      if (list) list.push(update);
      else updatesByProject.set(id, [update]);
    }
  }

  const projects: ProjectView[] = shown(content.projects)
    .map((p) => ({ ...p, year: p.data.programme, state: currentState(p, updatesByProject.get(p.id) ?? [], today, content.site.staleAfterDays), updates: [] }))
    .sort((a, b) => b.year - a.year || byTitle.compare(a.data.title, b.data.title));
  const projectById = byId(projects);

  const changesByUpdate = new Map<string, StateChange[]>();
  for (const project of projects) {
    project.state.history.forEach((step, i) => {
      if (step.updateId === undefined) return;
      const previous = project.state.history[i - 1];
      const change: StateChange = { project, to: step, ...(previous ? { from: previous } : {}) };
      changesByUpdate.set(step.updateId, [...(changesByUpdate.get(step.updateId) ?? []), change]);
    });
  }

  const updates: UpdateView[] = chronological(shownUpdates)
    .reverse()
    .map((u) => ({
      ...u,
      projects: u.data.projects.flatMap((id) => projectById.get(id) ?? []),
      changes: changesByUpdate.get(u.id) ?? [],
    }))
    // An update about drafts only would point nowhere.
    .filter((u) => u.projects.length > 0);
  for (const update of updates) for (const project of update.projects) project.updates.push(update);

  const programmes: ProgrammeView[] = [...content.programmes]
    .sort((a, b) => b.data.year - a.data.year)
    .map((programme) => {
      const own = projects.filter((p) => p.year === programme.data.year);
      const stats = programmeStats(own, {
        themeOrder: programme.data.themes,
        tree,
        region: programme.data.region,
        ...(programme.data.commitments !== undefined ? { committed: programme.data.commitments } : {}),
      });
      return { ...programme, projects: own, stats };
    });

  return {
    site: content.site,
    today,
    themes,
    themeById: byId(themes),
    tree,
    programmes,
    programmeByYear: new Map(programmes.map((p) => [p.data.year, p])),
    projects,
    projectById,
    updates,
    updateById: byId(updates),
    projectsByDistrict: rollUp(tree, projects),
  };
}
