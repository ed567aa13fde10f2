/** `/districts/<id>/`: one place, where it lies, the places below it and every project at or below it. */
import { districtCharts } from '../lib/site-charts.ts';
import { ancestry } from '../model/districts.ts';
import { figuresByYear, groupFigures, type GroupFigures } from '../model/stats.ts';
import type { DistrictLevel } from '../schemas/district.ts';
import { projectCard, type Named, type ProjectCard } from './cards.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';
import type { NamedFigures } from './programme.ts';

export interface DistrictPageData extends PageData {
  id: string;
  name: string;
  level: DistrictLevel;
  population?: number;
  areaKm2?: number;
  /** From the root down to the place itself. */
  chain: Named[];
  charts: ReturnType<typeof districtCharts>;
  /** The places directly below it, each counting the projects at or below it. */
  children: NamedFigures[];
  /** Newest year first; the id is the year. */
  years: GroupFigures[];
  projects: ProjectCard[];
}

export const districtPage = pageKind<DistrictPageData>({
  view: 'district',
  pages: (model) => [...model.tree.nodes.keys()].map((id) => ({ key: id, path: `districts/${id}` })),
  data(model, key, locale) {
    const node = model.tree.nodes.get(key!)!;
    const { data } = node;
    const projects = model.projectsByDistrict.get(node.id) ?? [];
    return {
      frame: frame(model, locale, `districts/${node.id}`),
      id: node.id,
      name: data.name,
      level: data.level,
      ...(data.population !== undefined ? { population: data.population } : {}),
      ...(data.areaKm2 !== undefined ? { areaKm2: data.areaKm2 } : {}),
      chain: ancestry(node).map((n) => ({ id: n.id, name: n.data.name })),
      charts: districtCharts(model, node, locale),
      children: node.children.map((child) => ({ ...groupFigures(child.id, model.projectsByDistrict.get(child.id) ?? []), name: child.data.name })),
      years: figuresByYear(projects),
      projects: projects.map((p) => projectCard(model, p)),
    };
  },
});
