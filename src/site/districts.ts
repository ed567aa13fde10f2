/**
 * `/districts/`: every place in one table, the whole region first, each with how many of
 * its projects are done, in progress and overdue; and the "find your place" links other
 * pages offer.
 */
import { overviewMap, type NamedChart } from './chart-models.ts';
import type { DistrictNode } from '../model/districts.ts';
import { countedFigures } from '../model/stats.ts';
import type { ProjectView, SiteModel } from '../model/site.ts';
import type { DistrictLevel } from '../schemas/district.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';

/** What a reader asks of a place's projects. The three counts do not overlap; planned, suspended and cancelled ones count only in the total. */
export interface PlaceFigures {
  total: number;
  completed: number;
  /** Under way (in progress or delayed) and not past the deadline. */
  inProgress: number;
  /** Past its deadline, no completion reported. */
  overdue: number;
}

/** The top row of a table of places: the place the table is about, or the whole region. */
export interface PlaceTotal extends PlaceFigures {
  id: string;
  name: string;
}

/** A row of the table of places (src/components/DistrictTree.astro). */
export interface PlaceRow extends PlaceTotal {
  level: DistrictLevel;
  /** 0 for the places first below the table's top row, 1 for the places below those… */
  depth: number;
}

export function placeFigures(projects: readonly ProjectView[]): PlaceFigures {
  const { total, completed, inProgress, overdue } = countedFigures(projects);
  return { total, completed, inProgress, overdue };
}

/** A place's row: the projects at or below it. */
export const placeRow = (model: SiteModel, node: DistrictNode, depth: number): PlaceRow => ({
  id: node.id,
  name: node.data.name,
  level: node.data.level,
  depth,
  ...placeFigures(model.projectsByDistrict.get(node.id) ?? []),
});

/** The site's region, when it is one of its places. */
const regionOf = (model: SiteModel): DistrictNode | undefined => model.tree.nodes.get(model.site.region);

/** The places directly below the region, then any place outside it (a site may hold more than one tree). */
function topPlaces(model: SiteModel): DistrictNode[] {
  const region = regionOf(model);
  return region ? [...region.children, ...model.tree.roots.filter((root) => root !== region)] : model.tree.roots;
}

/** Every place below the top ones, depth first: children straight under their parents, by name (the tree's order). */
function rowsBelow(model: SiteModel, nodes: readonly DistrictNode[], depth: number): PlaceRow[] {
  return nodes.flatMap((node) => [placeRow(model, node, depth), ...rowsBelow(model, node.children, depth + 1)]);
}

export interface DistrictsPageData extends PageData {
  /** Only where some place has a boundary to draw. */
  map?: NamedChart;
  /** The whole region: every project of the site. */
  whole: PlaceTotal;
  places: PlaceRow[];
}

export const districtsPage = pageKind<DistrictsPageData>({
  view: 'districts',
  pages: () => [{ path: 'districts' }],
  data(model, _key, locale) {
    const region = regionOf(model);
    const map = overviewMap(model, locale);
    return {
      frame: frame(model, locale, 'districts'),
      ...(map ? { map } : {}),
      whole: {
        id: region?.id ?? model.site.region,
        name: region?.data.name ?? model.site.region,
        ...placeFigures(model.projects),
      },
      places: rowsBelow(model, topPlaces(model), 0),
    };
  },
});

/** A link of the place finder: a place and the number of projects at or below it. */
export interface FinderPlace {
  id: string;
  name: string;
  count: number;
}

/** What src/components/PlaceFinder.astro shows: plain links, so that it works without script. */
export interface PlaceFinderData {
  /** The whole region, whose page lists every project. */
  region?: FinderPlace;
  /** Each place directly below the region, with every place below it (depth first). */
  groups: { place: FinderPlace; below: FinderPlace[] }[];
}

const finderPlace = (model: SiteModel, node: DistrictNode): FinderPlace => ({
  id: node.id,
  name: node.data.name,
  count: model.projectsByDistrict.get(node.id)?.length ?? 0,
});

const below = (node: DistrictNode): DistrictNode[] => node.children.flatMap((child) => [child, ...below(child)]);

/** The "find your place" links, for a page's data (the home page's). */
export function placeFinder(model: SiteModel): PlaceFinderData {
  const region = regionOf(model);
  return {
    ...(region ? { region: finderPlace(model, region) } : {}),
    groups: topPlaces(model).map((node) => ({ place: finderPlace(model, node), below: below(node).map((n) => finderPlace(model, n)) })),
  };
}
