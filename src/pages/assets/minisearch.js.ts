/** `/assets/minisearch.js`: MiniSearch's browser build, served from the site itself (no CDN). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { APIRoute } from 'astro';
import { projectRoot } from '../../config.ts';

export const GET: APIRoute = () => {
  // Resolved from the project, not from the bundled page, which Astro writes elsewhere.
  const main = createRequire(join(projectRoot(), 'package.json')).resolve('minisearch');
  const umd = readFileSync(join(dirname(main), '..', 'umd', 'index.js'), 'utf8');
  return new Response(umd, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
