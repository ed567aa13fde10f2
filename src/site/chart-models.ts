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
  type ChartFileMeta,
  type ChartModel,
  type MapPlace,
} from '../charts/index.ts';
import { contentDir } from '../config.ts';
import { translator } from '../i18n/index.ts';
import { localePrefix } from '../i18n/locales.ts';
import type { DistrictNode } from '../model/districts.ts';
import { filterPlaces } from '../model/filters.ts';
import type { ProgrammeView, ProjectView, SiteModel } from '../model/site.ts';
import { dataDate } from '../model/summary.ts';
import { moneyCoverage } from '../model/money.ts';
import { countByStatus } from '../model/stats.ts';
import type { Locale } from '../schemas/common.ts';

export interface NamedChart {
  /** Path of the chart's files below `/charts/`, without extension. */
  name: string;
  /** The chart, drawn when first asked for. */
  readonly model: ChartModel;
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

/** What every chart function of src/charts/ takes besides its data. */
type ChartOptions = { id: string; locale: Locale };

/**
 * A chart of the site: `draw` (a pure chart function of src/charts/) applied to `data` and
 * `options`. It is drawn only when a view or a chart file asks for it. Page data holds
 * charts and a page's fingerprint is the hash of its data (src/site/kind.ts): a chart
 * stands there for what it is drawn from (`toJSON`: its name, which says which chart
 * function draws it, and the function's arguments), which gives the same chart with the
 * same code, so that a publish need not draw every chart of the site to learn which pages
 * changed. `draw` is given nothing else, so nothing else can change the chart.
 *
 * `asOf` is the date of the data the chart shows (its newest fact), which a downloaded
 * chart states; a chart that knows its own (a progress history) keeps it.
 */
function named<D, O extends object>(
  site: SiteModel,
  locale: Locale,
  name: string,
  draw: (data: D, options: O & ChartOptions) => ChartModel,
  data: D,
  options: O,
  asOf?: string,
): NamedChart {
  const full = chartName(site, locale, name);
  let drawn: ChartModel | undefined;
  return {
    name: full,
    get model() {
      if (!drawn) {
        const model = draw(data, { ...options, id: idOf(full), locale });
        drawn = asOf && !model.asOf ? { ...model, asOf } : model;
      }
      return drawn;
    },
    toJSON: () => ({ name: full, data, options, asOf }),
  } as NamedChart;
}

export function projectCharts(site: SiteModel, project: ProjectView, locale: Locale): NamedChart[] {
  const base = `projects/${project.id}`;
  const asOf = project.state.asOf;
  const charts = [
    named(site, locale, `${base}/progress`, progressBar, { progress: project.state.progress, status: project.state.status, overdue: project.state.overdue }, {}, asOf),
    // The line ends at the last record: nothing is drawn for the time nobody reported on.
    named(site, locale, `${base}/history`, progressHistory, project.state.history, {}, asOf),
  ];
  if (project.data.milestones?.length) {
    charts.push(named(site, locale, `${base}/milestones`, milestoneTimeline, project.data.milestones, { today: site.today }, asOf));
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

/**
 * The projects of a programme that no place below its region holds (those of the whole
 * region): a bar of their own, first, so that a chart by place leaves none out.
 */
function regionWideGroup(site: SiteModel, programme: ProgrammeView, label: string) {
  const regionWide = programme.projects.filter((p) => filterPlaces(p, site.tree, programme.data.region).length === 0);
  return regionWide.length > 0 ? [{ id: programme.data.region, label, counts: countByStatus(regionWide) }] : [];
}

export function programmeCharts(site: SiteModel, programme: ProgrammeView, locale: Locale) {
  const t = translator(locale);
  const { stats, projects } = programme;
  const base = `programmes/${programme.data.year}`;
  const asOf = dataDate(projects);
  return {
    committed: named(site, locale, `${base}/committed`, committedBars, stats, {}, asOf),
    status: named(site, locale, `${base}/status`, statusBreakdown, stats.byStatus, {}, asOf),
    byTheme: named(
      site,
      locale,
      `${base}/themes`,
      stackedBars,
      stats.byTheme.map((g) => ({ id: g.id, label: site.themeById.get(g.id)?.data.short ?? site.themeById.get(g.id)?.data.name ?? g.id, counts: g.byStatus })),
      { title: t('chart.byTheme'), groupLabel: t('table.theme') },
      asOf,
    ),
    byDistrict: named(
      site,
      locale,
      `${base}/districts`,
      stackedBars,
      [
        ...regionWideGroup(site, programme, t('chart.wholeRegion', { name: site.tree.nodes.get(programme.data.region)?.data.name ?? programme.data.region })),
        ...stats.byDistrict.map((g) => ({ id: g.id, label: site.tree.nodes.get(g.id)?.data.name ?? g.id, counts: g.byStatus })),
      ],
      { title: t('chart.byDistrict'), groupLabel: t('table.districts') },
      asOf,
    ),
    budget: named(site, locale, `${base}/budget`, budgetTreemap, budgetByTheme(site, projects), {}, asOf),
    periods: named(
      site,
      locale,
      `${base}/periods`,
      plannedPeriods,
      projects.map((p) => ({ id: p.id, label: p.data.title, ...(p.data.start ? { start: p.data.start } : {}), ...(p.data.plannedEnd ? { plannedEnd: p.data.plannedEnd } : {}), status: p.state.status })),
      { today: site.today },
      asOf,
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

/** A place map is drawn only where some place has a boundary: dots alone float without shape or status. */
function boundaryMap(site: SiteModel, node: DistrictNode | undefined, name: string, locale: Locale): NamedChart | undefined {
  const places = mapPlaces(site, node);
  if (!places.some((place) => place.boundary)) return undefined;
  // The map counts projects: its date is theirs.
  const projects = node ? (site.projectsByDistrict.get(node.id) ?? []) : site.projects;
  return named(site, locale, name, placeMap, places, {}, dataDate(projects));
}

/**
 * A place's charts: none for fewer than two projects (its list says it better), statuses
 * and themes only where two or more of them occur (one bar or one slice repeats the
 * figures above it), the map only where there is a boundary to draw.
 */
export function districtCharts(site: SiteModel, node: DistrictNode, locale: Locale): { status?: NamedChart; byTheme?: NamedChart; map?: NamedChart } {
  const t = translator(locale);
  const projects = site.projectsByDistrict.get(node.id) ?? [];
  const base = `districts/${node.id}`;
  const map = boundaryMap(site, node, `${base}/map`, locale);
  if (projects.length < 2) return map ? { map } : {};
  const statuses = countByStatus(projects);
  const asOf = dataDate(projects);
  const themes = site.themes
    .map((theme) => ({ id: theme.id, label: theme.data.short ?? theme.data.name, counts: countByStatus(projects.filter((p) => p.data.theme === theme.id)) }))
    .filter((g) => Object.values(g.counts).some((n) => n > 0));
  return {
    ...(Object.values(statuses).filter((n) => n > 0).length >= 2
      ? { status: named(site, locale, `${base}/status`, statusBreakdown, statuses, {}, asOf) }
      : {}),
    ...(themes.length >= 2
      ? { byTheme: named(site, locale, `${base}/themes`, stackedBars, themes, { title: t('chart.byTheme'), groupLabel: t('table.theme') }, asOf) }
      : {}),
    ...(map ? { map } : {}),
  };
}

/** The map of the whole site, for the list of places, where some place has a boundary. */
export function overviewMap(site: SiteModel, locale: Locale): NamedChart | undefined {
  return boundaryMap(site, site.tree.nodes.get(site.site.region), 'districts/map', locale);
}

/** Projects, completed projects and budget per programme year: for the whole site, or one theme. */
export function trendChart(site: SiteModel, locale: Locale, themeId?: string): NamedChart {
  const years = [...site.programmes].reverse().map((programme) => {
    const projects = programme.projects.filter((p) => themeId === undefined || p.data.theme === themeId);
    // A year's investment only where enough of its projects have a budget: never a sum of a few, nor 0 for none.
    const budget = moneyCoverage(projects.map((p) => p.data.budget)).total?.find((sum) => sum.currency === 'CNY')?.amount;
    return { year: programme.data.year, projects: projects.length, completed: projects.filter((p) => p.state.status === 'completed').length, ...(budget !== undefined ? { budget } : {}) };
  });
  // The bars count the projects entered on this site, not those a programme promised: the title says so.
  const title = translator(locale)(themeId ? 'theme.trendTitle' : 'home.trendTitle');
  const asOf = dataDate(site.programmes.flatMap((programme) => programme.projects.filter((p) => themeId === undefined || p.data.theme === themeId)));
  return named(site, locale, themeId ? `themes/${themeId}/trend` : 'trend', trend, years, { title }, asOf);
}

/**
 * What every downloaded chart says of itself: the site as its source, its publisher and
 * licence. The date a chart gives is its own data's (`asOf` of its model), never the
 * site's newest fact: a chart of a place nobody reported on for a year says so, and its
 * file stays as it is when an update elsewhere moves the site's date.
 */
export function chartFileMeta(site: SiteModel): ChartFileMeta {
  const { title, publisher, baseUrl, licence } = site.site;
  return { source: baseUrl ? `${title} ${baseUrl}` : title, publisher, ...(licence ? { licence } : {}) };
}

/** Empty charts have no files. */
export const hasFiles = (chart: NamedChart) => !chart.model.empty;
