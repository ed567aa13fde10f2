/**
 * `/charts/<name>.svg` and `.csv`: every chart a page's data holds, as files. They follow
 * their pages: a page kept from the last build keeps its chart files, and a page rendered
 * again writes its charts again (a file that comes out the same is left alone).
 */
import { hasFiles, type NamedChart } from './chart-models.ts';
import type { SiteModel } from '../model/site.ts';
import { pageData } from './index.ts';
import { chartsIn } from './kind.ts';
import { renderedRoutes, type Route } from './routes.ts';

/** The charts of a page that have files, each once (a report may draw a chart its page also shows). */
export function pageChartFiles(model: SiteModel, route: Route): NamedChart[] {
  const byName = new Map<string, NamedChart>();
  for (const chart of chartsIn(pageData(model, route, route.locale))) if (hasFiles(chart) && !byName.has(chart.name)) byName.set(chart.name, chart);
  return [...byName.values()];
}

/** A chart of the site by its name, for the preview server, which draws chart files on request. */
export function findChart(model: SiteModel, name: string): NamedChart | undefined {
  for (const route of renderedRoutes(model)) {
    const found = pageChartFiles(model, route).find((chart) => chart.name === name);
    if (found) return found;
  }
  return undefined;
}

/** Every chart file of the site, each once: what `/charts/` holds (the bench draws them all). */
export function allCharts(model: SiteModel): NamedChart[] {
  const byName = new Map<string, NamedChart>();
  for (const route of renderedRoutes(model)) for (const chart of pageChartFiles(model, route)) if (!byName.has(chart.name)) byName.set(chart.name, chart);
  return [...byName.values()];
}
