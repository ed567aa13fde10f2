/**
 * The demo site built as `npm run build` does, twice with the same SOURCE_DATE_EPOCH:
 * a page for every published entry; byte-identical output; html-validate's recommended
 * rules with no error on any page; every internal link, image, stylesheet and script
 * resolving to a file; feeds and sitemap well-formed; every page rendered through the view
 * bundle a publish uses (src/publish/views.ts) byte for byte the page `astro build` wrote.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, siteContentOf } from '../../src/check/index.ts';
import { openViews, viewsFolder } from '../../src/publish/views.ts';
import { getSiteModel, holdContent } from '../../src/site/content.ts';
import { pageFile, renderedRoutes } from '../../src/site/routes.ts';
import { buildSite, ROOT, sandbox, TODAY, type Sandbox } from '../helpers.ts';

function build(box: Sandbox, out: string, cache: string) {
  const run = buildSite(box.content, join(box.root, out), join(box.root, cache));
  if (run.status !== 0) throw new Error(`The demo build failed:\n${run.stdout}\n${run.stderr}`);
}

/** Files below a folder, as sorted relative paths. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

let box: Sandbox;
let dist: string;
beforeAll(() => {
  box = sandbox(join(ROOT, 'content'));
  dist = join(box.root, 'dist');
  build(box, 'dist', 'cache');
});
afterAll(() => box.dispose());

describe('the demo site', () => {
  it('has a page for every programme, project, place, theme and update that is published', () => {
    const ids = (folder: string, ext: RegExp) =>
      readdirSync(join(box.content, folder), { recursive: true, encoding: 'utf8' }).filter((f) => ext.test(f)).map((f) => f.replace(ext, ''));
    const unpublished = (folder: string, id: string, ext: string) => {
      const source = readFileSync(join(box.content, folder, `${id}${ext}`), 'utf8');
      return /^draft: true$/m.test(source) || /^publishDate: "?2\d{3}-\d{2}-\d{2}"?$/m.test(source) && !/^publishDate: "?20(?:1\d|2[0-5])/m.test(source);
    };
    for (const year of ids('programmes', /\.mdx?$/)) expect(existsSync(join(dist, year, 'index.html')), year).toBe(true);
    for (const id of ids('districts', /\.json$/)) expect(existsSync(join(dist, 'districts', id, 'index.html')), id).toBe(true);
    for (const id of ids('themes', /\.json$/)) expect(existsSync(join(dist, 'themes', id, 'index.html')), id).toBe(true);
    const projects = ids('projects', /\.(?:md|mdx|json)$/);
    expect(projects.length).toBeGreaterThanOrEqual(25);
    for (const id of projects) {
      const ext = ['.md', '.mdx', '.json'].find((e) => existsSync(join(box.content, 'projects', `${id}${e}`)))!;
      expect(existsSync(join(dist, 'projects', id, 'index.html')), id).toBe(!unpublished('projects', id, ext));
    }
    const updates = ids('updates', /\.mdx?$/);
    expect(updates.length).toBeGreaterThanOrEqual(15);
    for (const id of updates) {
      expect(existsSync(join(dist, 'updates', id, 'index.html')), id).toBe(!unpublished('updates', id, '.md'));
    }
  });

  it('is built byte for byte the same twice with the same SOURCE_DATE_EPOCH', () => {
    build(box, 'dist-again', 'cache-again');
    const again = join(box.root, 'dist-again');
    const files = filesBelow(dist);
    expect(filesBelow(again)).toEqual(files);
    const differ = files.filter((file) => !readFileSync(join(dist, file)).equals(readFileSync(join(again, file))));
    expect(differ).toEqual([]);
  });

  it('renders every page through the view bundle of its build exactly as astro build wrote it (the publish path)', async () => {
    const cache = join(box.root, 'cache');
    // One bundle: the code this build was made with.
    const [code, ...others] = readdirSync(viewsFolder(cache));
    expect(others).toEqual([]);
    const result = await checkContent({ contentDir: box.content, today: TODAY, lang: 'en', cwd: box.root });
    holdContent(siteContentOf(result.content)!, TODAY, false);
    const views = await openViews(cache, code!);
    const routes = renderedRoutes(getSiteModel());
    expect(routes.length).toBeGreaterThan(200);
    const differ: string[] = [];
    for (const route of routes) if ((await views.renderPage(route)) !== readFileSync(join(dist, pageFile(route)), 'utf8')) differ.push(pageFile(route));
    if ((await views.renderNotFound()) !== readFileSync(join(dist, '404.html'), 'utf8')) differ.push('404.html');
    expect(differ).toEqual([]);
  });

  it('passes html-validate (recommended rules) on every page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const pages = filesBelow(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(300);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(join(dist, page), 'utf8'), page);
      for (const result of report.results) for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('resolves every internal link, image, stylesheet and script to a file', () => {
    const baseUrl = JSON.parse(readFileSync(join(box.content, 'site.json'), 'utf8')).baseUrl as string;
    const broken: string[] = [];
    let checked = 0;
    for (const page of filesBelow(dist).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dist, page), 'utf8');
      for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        let target = match[1]!.replace(/&amp;/g, '&');
        if (target.startsWith(baseUrl)) target = target.slice(new URL(baseUrl).origin.length);
        if (!target.startsWith('/') || target.startsWith('//')) continue;
        const path = decodeURIComponent(target.split(/[?#]/)[0]!);
        const file = path.endsWith('/') ? `${path}index.html` : path;
        checked++;
        if (!existsSync(join(dist, file))) broken.push(`${page} → ${target}`);
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(broken).toEqual([]);
  });

  it('writes feeds and a sitemap that parse as XML', () => {
    const xml = filesBelow(dist).filter((f) => f.endsWith('.xml'));
    expect(xml).toContain('feed.xml');
    expect(xml).toContain('sitemap.xml');
    expect(xml.filter((f) => f.startsWith('districts/')).length).toBeGreaterThanOrEqual(20);
    for (const file of xml) expect(XMLValidator.validate(readFileSync(join(dist, file), 'utf8')), file).toBe(true);
    const feed = new XMLParser().parse(readFileSync(join(dist, 'feed.xml'), 'utf8'));
    expect(feed.feed.entry.length).toBeGreaterThanOrEqual(15);
  });
});
