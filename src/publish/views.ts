/**
 * The views, bundled for publishing without `astro build`. At the end of a full build the
 * site's two page components (src/publish/entry.ts) are bundled with Astro's own Vite
 * settings, once per version of the code, into the cache; a publish then renders the pages
 * whose data changed through Astro's Container API from that bundle, with the same props as
 * the build hands them.
 *
 * The container writes everything `astro build` writes but one fragment at the end of
 * `<head>`: the content security policy and the stylesheet links, which Astro adds while
 * building. The build's own pages show it, so it is recorded from them (`heads.json`), and
 * the bundle is kept only when pages rendered through it, fragment added, are byte for byte
 * the pages the build wrote: one page of each kind in each locale, and the not-found page.
 * When they are not, no bundle is kept and every build goes through Astro.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeFingerprint } from '../build/incremental.ts';
import { VIEW_BUNDLE_ENV } from '../config.ts';
import type { SiteModel } from '../model/site.ts';
import { pageFile, renderedRoutes, type Route } from '../site/routes.ts';

/** The folder of the bundles, in minsheng's part of the cache: one per version of the code. */
export const viewsFolder = (cache: string) => join(cache, 'minsheng', 'views');
const bundleFolder = (cache: string, code: string) => join(viewsFolder(cache), code);
const HEADS = 'heads.json';
const ENTRY = 'entry.mjs';

/** What Astro adds to the end of `<head>` of each page component's pages. */
interface Heads {
  site: string;
  notFound: string;
}

/** Whether a publish can render pages for this version of the code. */
export function hasViews(cache: string, code: string): boolean {
  return existsSync(join(bundleFolder(cache, code), HEADS));
}

/** The end of `<head>`, where Astro puts what the container leaves out. */
const HEAD_END = '</head>';

/** A page as `astro build` writes it, from the container's rendering of it. */
const withHead = (html: string, fragment: string) => {
  const at = html.indexOf(HEAD_END);
  return at < 0 ? html : `${html.slice(0, at)}${fragment}${html.slice(at)}`;
};

/** What the build's page has at the end of its `<head>` that the container's rendering has not. */
function fragmentOf(rendered: string, built: string): string | undefined {
  const at = rendered.indexOf(HEAD_END);
  const end = built.indexOf(HEAD_END, at);
  if (at < 0 || end < 0 || built.slice(0, at) !== rendered.slice(0, at)) return undefined;
  return built.slice(at, end);
}

/**
 * Bundles the views for this version of the code and keeps the bundle if it renders the
 * build's pages exactly (see above). `out` holds the pages this build wrote; the site model
 * is the one they were rendered from. Returns why not, or undefined when the bundle is kept.
 */
export async function prepareViews(options: { root: string; cache: string; code: string; out: string; model: SiteModel }): Promise<string | undefined> {
  const { cache, code } = options;
  if (hasViews(cache, code)) return undefined;
  const building = `${bundleFolder(cache, code)}.part`;
  try {
    return await bundleAndCompare(options, building);
  } catch (error) {
    // The bundle only saves time: a build never fails for it.
    return String((error as Error)?.message ?? error).split('\n')[0];
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

async function bundleAndCompare(options: { root: string; cache: string; code: string; out: string; model: SiteModel }, building: string): Promise<string | undefined> {
  const { root, cache, code, out, model } = options;
  const folder = bundleFolder(cache, code);
  rmSync(building, { recursive: true, force: true });
  await bundle(root, building);
  // The code as it is now is what was bundled: it must still be the code the build began with.
  if (codeFingerprint(root) !== code) return 'the code changed during the build';
  const views = await loadViews(building);
  // One page of each kind in each locale, as the build wrote them.
  const samples = new Map<string, Route>();
  for (const route of renderedRoutes(model)) if (!samples.has(`${route.view} ${route.locale}`) && existsSync(join(out, pageFile(route)))) samples.set(`${route.view} ${route.locale}`, route);
  const routes = [...samples.values()];
  const home = routes[0];
  if (!home || !existsSync(join(out, '404.html'))) return 'no pages to compare with';
  const heads: Heads = {
    site: fragmentOf(await views.renderPage(home), readFileSync(join(out, pageFile(home)), 'utf8')) ?? '',
    notFound: fragmentOf(await views.renderNotFound(), readFileSync(join(out, '404.html'), 'utf8')) ?? '',
  };
  views.useHeads(heads);
  const differs = [];
  for (const route of routes) if ((await views.renderPage(route)) !== readFileSync(join(out, pageFile(route)), 'utf8')) differs.push(pageFile(route));
  if ((await views.renderNotFound()) !== readFileSync(join(out, '404.html'), 'utf8')) differs.push('404.html');
  if (differs.length > 0) return `rendered outside astro build, ${differs.slice(0, 3).join(', ')} would differ`;
  writeFileSync(join(building, HEADS), JSON.stringify(heads));
  // Only this version's bundle is kept: the code changes, the old one is never used again.
  for (const name of readdirSync(viewsFolder(cache))) if (join(viewsFolder(cache), name) !== building) rmSync(join(viewsFolder(cache), name), { recursive: true, force: true });
  renameSync(building, folder);
  return undefined;
}

/** Bundles src/publish/entry.ts with the project's Astro config, minus minsheng's own integration. */
async function bundle(root: string, outDir: string): Promise<void> {
  const [{ getViteConfig }, { build }] = await Promise.all([import('astro/config'), import('vite')]);
  const before = process.env[VIEW_BUNDLE_ENV];
  process.env[VIEW_BUNDLE_ENV] = '1';
  try {
    const config = await getViteConfig(
      {
        root,
        logLevel: 'warn',
        build: {
          ssr: join(root, 'src/publish/entry.ts'),
          outDir,
          emptyOutDir: true,
          copyPublicDir: false,
          // One copy of Astro's runtime, the one the container comes from: a second, inlined
          // copy would fail at import on the placeholders `astro build` fills in.
          rollupOptions: { external: [/^astro($|\/)/], output: { entryFileNames: ENTRY } },
        },
      },
      { root, logLevel: 'warn' },
    )({ mode: 'production', command: 'build' });
    await build({ ...config, configFile: false, logLevel: 'warn' });
  } finally {
    if (before === undefined) delete process.env[VIEW_BUNDLE_ENV];
    else process.env[VIEW_BUNDLE_ENV] = before;
  }
}

export interface Views {
  renderPage(route: Route): Promise<string>;
  renderNotFound(): Promise<string>;
  useHeads(heads: Heads): void;
}

/**
 * A new container every this many renders: each render registers a route the container
 * later searches, so that one container slows down as it goes.
 */
const RENDERS_PER_CONTAINER = 300;

/** The views of a bundle, rendering pages as the build does (once `useHeads` has the fragments). */
async function loadViews(folder: string, heads: Heads = { site: '', notFound: '' }): Promise<Views> {
  const [{ experimental_AstroContainer }, { default: mdx }, entry] = await Promise.all([
    import('astro/container'),
    import('@astrojs/mdx/server.js'),
    import(pathToFileURL(join(folder, ENTRY)).href) as Promise<{ SitePage: never; NotFoundPage: never }>,
  ]);
  let container: Awaited<ReturnType<typeof experimental_AstroContainer.create>> | undefined;
  let renders = 0;
  const render = async (component: never, path: string, props: Record<string, unknown>) => {
    if (!container || renders++ % RENDERS_PER_CONTAINER === 0) {
      container = await experimental_AstroContainer.create();
      // Reports (`.mdx` bodies) render through Astro's MDX renderer, as in the build.
      container.addServerRenderer({ renderer: mdx });
    }
    return container.renderToString(component, { props, partial: false, request: new Request(new URL(path, 'http://localhost/')) });
  };
  return {
    renderPage: async (route) => withHead(await render(entry.SitePage, `/${route.localePath ? `${route.localePath}/` : ''}`, { route }), heads.site),
    renderNotFound: async () => withHead(await render(entry.NotFoundPage, '/404/', {}), heads.notFound),
    useHeads(next) {
      heads = next;
    },
  };
}

/** The views of the bundle for this version of the code, with the fragments recorded beside it. */
export async function openViews(cache: string, code: string): Promise<Views> {
  const folder = bundleFolder(cache, code);
  return loadViews(folder, JSON.parse(readFileSync(join(folder, HEADS), 'utf8')) as Heads);
}
