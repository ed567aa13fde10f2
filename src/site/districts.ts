/** `/districts/`: every place as a tree, each with the projects at or below it. */
import { overviewMap, type NamedChart } from '../lib/site-charts.ts';
import type { DistrictNode } from '../model/districts.ts';
import type { SiteModel } from '../model/site.ts';
import type { DistrictLevel } from '../schemas/district.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';

/** A place of the tree (src/components/DistrictTree.astro) with the number of projects at or below it. */
export interface TreePlace {
  id: string;
  name: string;
  level: DistrictLevel;
  count: number;
  children: TreePlace[];
}

const treePlaces = (model: SiteModel, nodes: readonly DistrictNode[]): TreePlace[] =>
  nodes.map((node) => ({
    id: node.id,
    name: node.data.name,
    level: node.data.level,
    count: model.projectsByDistrict.get(node.id)?.length ?? 0,
    children: treePlaces(model, node.children),
  }));

export interface DistrictsPageData extends PageData {
  map: NamedChart;
  tree: TreePlace[];
}

export const districtsPage = pageKind<DistrictsPageData>({
  view: 'districts',
  pages: () => [{ path: 'districts' }],
  data: (model, _key, locale) => ({
    frame: frame(model, locale, 'districts'),
    map: overviewMap(model, locale),
    tree: treePlaces(model, model.tree.roots),
  }),
});
