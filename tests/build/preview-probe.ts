/**
 * Serves a live preview (`astro dev`) of the content in MINSHENG_CONTENT on a free port,
 * fetches each path given on the command line, stops, and prints `{ path: text }` as JSON.
 * The preview shows content the checker refuses (a build would not start), so it is where
 * tests see how such content renders. It runs in the working folder as the project: the
 * preview keeps its rendered entries in `.astro/` there, so a test gives it a copy of the
 * project of its own (see `projectCopy` in security.test.ts).
 */
import { dev } from 'astro';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Astro's preview serves no pages when it finds itself inside vitest, as this script is when a test starts it.
delete process.env.VITEST;
// The pages themselves, not the list of problems the preview shows instead while the content has errors.
process.env.MINSHENG_PREVIEW_DESPITE_ERRORS = '1';

/** The page once the preview serves it: right after starting, it may still be syncing the content. */
async function fetchWhenReady(url: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url);
    const text = await response.text();
    if (response.ok || attempt === 60) return text;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
const server = await dev({ root: process.cwd(), server: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
try {
  const pages: Record<string, string> = {};
  for (const path of process.argv.slice(2)) pages[path] = await fetchWhenReady(`http://127.0.0.1:${server.address.port}${path}`);
  process.stdout.write(JSON.stringify(pages));
} finally {
  await server.stop();
}
