/**
 * Filters of a programme's project list: by status, theme or place (a place directly
 * below the programme's region, counting the places below it). Each value that has
 * projects gets a pre-rendered page, so filtering works without script; the script only
 * makes it instant and lets the dimensions combine.
 */
import { STATUSES } from '../schemas/common.ts';
import type { DistrictTree } from './districts.ts';
import type { ProgrammeView, ProjectView } from './site.ts';

export const FILTER_DIMENSIONS = ['status', 'theme', 'district'] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

export interface FilterValue {
  dimension: FilterDimension;
  value: string;
  count: number;
}

/** The places a project counts under in a programme's filter: the region's children that hold it. */
export function filterPlaces(project: ProjectView, tree: DistrictTree, region: string): string[] {
  const places = new Set<string>();
  for (const id of project.data.districts) {
    for (let node = tree.nodes.get(id); node; node = node.parent) {
      if (node.parent?.id === region) places.add(node.id);
    }
  }
  return [...places].sort();
}

export function matchesFilter(project: ProjectView, dimension: FilterDimension, value: string, tree: DistrictTree, region: string): boolean {
  if (dimension === 'status') return project.state.status === value;
  if (dimension === 'theme') return project.data.theme === value;
  return filterPlaces(project, tree, region).includes(value);
}

/** Every value of every dimension that has at least one project, in display order. */
export function programmeFilters(programme: ProgrammeView): FilterValue[] {
  const { stats } = programme;
  return [
    ...STATUSES.filter((s) => stats.byStatus[s] > 0).map((value) => ({ dimension: 'status' as const, value, count: stats.byStatus[value] })),
    ...stats.byTheme.filter((g) => g.total > 0).map((g) => ({ dimension: 'theme' as const, value: g.id, count: g.total })),
    ...stats.byDistrict.filter((g) => g.total > 0).map((g) => ({ dimension: 'district' as const, value: g.id, count: g.total })),
  ];
}
