/**
 * Which charts the site shows, built from the model: pages hold them in their data and draw
 * them inline, and the build writes the same models as files under `/charts/` (see
 * src/site/charts.ts). Each chart has a name that is its file path below `/charts/`
 * (English ones under `en/`).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import {
  budgetTreemap,
  committedBars,
  milestoneTimeline,
  placeMap,
  plannedPeriods,
  progressBar,
  progressHistory,
  stackedBars,
  statusBreakdown,
  trend,
  type ChartModel,
  type MapPlace,
} from '../charts/index.ts';
import { contentDir } from '../config.ts';
import { translator } from '../i18n/index.ts';
import { localePrefix } from '../i18n/locales.ts';
import type { DistrictNode } from '../model/districts.ts';
import type { ProgrammeView, ProjectView, SiteModel } from '../model/site.ts';
import { countByStatus } from '../model/stats.ts';
import type { Locale } from '../schemas/common.ts';

export interface NamedChart {
  /** Path of the chart's files below `/charts/`, without extension. */
  name: string;
  model: ChartModel;
}

/** English charts live under `/charts/en/`; the default locale's at the top. */
function chartName(model: SiteModel, locale: Locale, name: string): string {
  const prefix = localePrefix(locale, model.site).slice(1);
  return prefix ? `${prefix}/${name}` : name;
}

/** Element ids must be unique in a page and stable: derived from the name. */
function idOf(name: string): string {
  return `chart-${name.replace(/[^a-z0-9]+/gi, '-')}`;
}

function named(site: SiteModel, locale: Locale, name: string, make: (id: string) => ChartModel): NamedChart {
  const full = chartName(site, locale, name);
  return { name: full, model: make(idOf(full)) };
}

export function projectCharts(site: SiteModel, project: ProjectView, locale: Locale): NamedChart[] {
  const base = `projects/${project.id}`;
  const charts = [
    named(site, locale, `${base}/progress`, (id) => progressBar({ progress: project.state.progress, status: project.state.status, overdue: project.state.overdue }, { id, locale })),
    // The line runs on to today only while the project is still under way.
    named(site, locale, `${base}/history`, (id) =>
      progressHistory(project.state.history, { id, locale, ...(['completed', 'cancelled'].includes(project.state.status) ? {} : { today: site.today }) }),
    ),
  ];
  if (project.data.milestones?.length) {
    charts.push(named(site, locale, `${base}/milestones`, (id) => milestoneTimeline(project.data.milestones!, { id, locale, today: site.today })));
  }
  return charts;
}

/** Budgets in yuan by theme; other currencies are left to the tables, which show them as written. */
function budgetByTheme(site: SiteModel, projects: readonly ProjectView[]) {
  return site.themes.flatMap((theme) => {
    const amount = projects
      .filter((p) => p.data.theme === theme.id && p.data.budget?.currency === 'CNY')
      .reduce((sum, p) => sum + p.data.budget!.amount, 0);
    return amount > 0 ? [{ id: theme.id, label: theme.data.short ?? theme.data.name, amount, ...(theme.data.color ? { color: theme.data.color } : {}) }] : [];
  });
}

export function programmeCharts(site: SiteModel, programme: ProgrammeView, locale: Locale) {
  const t = translator(locale);
  const { stats, projects } = programme;
  const base = `programmes/${programme.data.year}`;
  return {
    committed: named(site, locale, `${base}/committed`, (id) => committedBars(stats, { id, locale })),
    status: named(site, locale, `${base}/status`, (id) => statusBreakdown(stats.byStatus, { id, locale })),
    byTheme: named(site, locale, `${base}/themes`, (id) =>
      stackedBars(
        stats.byTheme.map((g) => ({ id: g.id, label: site.themeById.get(g.id)?.data.short ?? site.themeById.get(g.id)?.data.name ?? g.id, counts: g.byStatus })),
        { id, locale, title: t('chart.byTheme'), groupLabel: t('table.theme') },
      ),
    ),
    byDistrict: named(site, locale, `${base}/districts`, (id) =>
      stackedBars(
        stats.byDistrict.map((g) => ({ id: g.id, label: site.tree.nodes.get(g.id)?.data.name ?? g.id, counts: g.byStatus })),
        { id, locale, title: t('chart.byDistrict'), groupLabel: t('table.districts') },
      ),
    ),
    budget: named(site, locale, `${base}/budget`, (id) => budgetTreemap(budgetByTheme(site, projects), { id, locale })),
    periods: named(site, locale, `${base}/periods`, (id) =>
      plannedPeriods(
        projects.map((p) => ({ id: p.id, label: p.data.title, ...(p.data.start ? { start: p.data.start } : {}), ...(p.data.plannedEnd ? { plannedEnd: p.data.plannedEnd } : {}), status: p.state.status })),
        { id, locale, today: site.today },
      ),
    ),
  };
}

/**
 * A place's boundary, read from `content/geo/` (the checker has made sure it parses):
 * parsed once per version of the file, since every map around the place draws it.
 */
const boundaries = new Map<string, Feature | FeatureCollection>();
function boundary(node: DistrictNode): Feature | FeatureCollection | undefined {
  if (!node.data.geometry) return undefined;
  const path = join(contentDir(), 'geo', node.data.geometry);
  const key = `${path} ${statSync(path).mtimeMs}`;
  let shape = boundaries.get(key);
  if (!shape) boundaries.set(key, (shape = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as Feature | FeatureCollection));
  return shape;
}

/** The places to map for a place: those directly below it, or the place itself when it has none. */
function mapPlaces(site: SiteModel, node: DistrictNode | undefined): MapPlace[] {
  const places = node ? (node.children.length > 0 ? node.children : [node]) : site.tree.roots;
  return places.map((place) => {
    const shape = boundary(place);
    return {
      id: place.id,
      label: place.data.name,
      count: site.projectsByDistrict.get(place.id)?.length ?? 0,
      ...(place.data.centroid ? { centroid: place.data.centroid } : {}),
      ...(shape ? { boundary: shape } : {}),
    };
  });
}

export function districtCharts(site: SiteModel, node: DistrictNode, locale: Locale) {
  const t = translator(locale);
  const projects = site.projectsByDistrict.get(node.id) ?? [];
  const base = `districts/${node.id}`;
  return {
    status: named(site, locale, `${base}/status`, (id) => statusBreakdown(countByStatus(projects), { id, locale })),
    byTheme: named(site, locale, `${base}/themes`, (id) =>
      stackedBars(
        site.themes
          .map((theme) => ({ id: theme.id, label: theme.data.short ?? theme.data.name, counts: countByStatus(projects.filter((p) => p.data.theme === theme.id)) }))
          .filter((g) => Object.values(g.counts).some((n) => n > 0)),
        { id, locale, title: t('chart.byTheme'), groupLabel: t('table.theme') },
      ),
    ),
    map: named(site, locale, `${base}/map`, (id) => placeMap(mapPlaces(site, node), { id, locale })),
  };
}

/** The map of the whole site, for the list of places. */
export function overviewMap(site: SiteModel, locale: Locale): NamedChart {
  const region = site.tree.nodes.get(site.site.region);
  return named(site, locale, 'districts/map', (id) => placeMap(mapPlaces(site, region), { id, locale }));
}

/** Projects, completed projects and budget per programme year: for the whole site, or one theme. */
export function trendChart(site: SiteModel, locale: Locale, themeId?: string): NamedChart {
  const years = [...site.programmes].reverse().map((programme) => {
    const projects = programme.projects.filter((p) => themeId === undefined || p.data.theme === themeId);
    const budget = projects.reduce((sum, p) => sum + (p.data.budget?.currency === 'CNY' ? p.data.budget.amount : 0), 0);
    return { year: programme.data.year, projects: projects.length, completed: projects.filter((p) => p.state.status === 'completed').length, budget };
  });
  return named(site, locale, themeId ? `themes/${themeId}/trend` : 'trend', (id) => trend(years, { id, locale }));
}

/** Empty charts have no files. */
export const hasFiles = (chart: NamedChart) => !chart.model.empty;
