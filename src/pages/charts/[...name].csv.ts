/** `/charts/<name>.csv`: the data of every chart, UTF-8 with a BOM so that Excel reads the Chinese. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv, type ChartModel } from '../../charts/index.ts';
import { allCharts } from '../../lib/site-charts.ts';
import { getSiteModel } from '../../lib/site.ts';

export const getStaticPaths = (async () => {
  const model = await getSiteModel();
  return allCharts(model).map((chart) => ({ params: { name: chart.name }, props: { model: chart.model } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv((props as { model: ChartModel }).model), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
