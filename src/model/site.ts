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
import { chronological, currentState, type ProjectState } from './state.ts';
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

export interface ProjectView extends Entry<Project> {
  /** The programme year, from the id's first segment. */
  year: number;
  state: ProjectState;
  /** Published updates that list it, newest first. */
  updates: UpdateView[];
}

export interface UpdateView extends Entry<Update> {
  /** The published projects it is about, in the order listed. */
  projects: ProjectView[];
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
  /** Each place's projects, including those of the places below it. */
  projectsByDistrict: Map<string, ProjectView[]>;
}

const byTitle = new Intl.Collator('zh-Hans-u-co-pinyin');

export function buildSiteModel(content: SiteContent, today: string): SiteModel {
  const themes = [...content.themes].sort(
    (a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || (a.id < b.id ? -1 : 1),
  );
  const tree = districtTree(content.districts);
  const publishedUpdates = content.updates.filter((u) => isPublished(u.data, today));

  const projects: ProjectView[] = content.projects
    .filter((p) => isPublished(p.data, today))
    .map((p) => ({ ...p, year: p.data.programme, state: currentState(p, publishedUpdates, today), updates: [] }))
    .sort((a, b) => b.year - a.year || byTitle.compare(a.data.title, b.data.title));
  const projectById = byId(projects);

  const updates: UpdateView[] = chronological(publishedUpdates)
    .reverse()
    .map((u) => ({ ...u, projects: u.data.projects.flatMap((id) => projectById.get(id) ?? []) }))
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
    projectsByDistrict: rollUp(tree, projects),
  };
}
