/** `/charts/<name>.svg`: every chart of the site as a standalone SVG file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderSvg, type ChartModel } from '../../charts/index.ts';
import { allCharts } from '../../lib/site-charts.ts';
import { getSiteModel } from '../../lib/site.ts';

export const getStaticPaths = (async () => {
  const model = await getSiteModel();
  return allCharts(model).map((chart) => ({ params: { name: chart.name }, props: { model: chart.model } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(renderSvg((props as { model: ChartModel }).model), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
