/**
 * Hostile text in any field stays text: script tags and event attributes in titles,
 * summaries, departments and names are escaped on every page, in the feeds, the search
 * index and the data. And every page carries a content security policy with no
 * `unsafe-inline`, and asks nothing of another origin.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, sandbox, type Sandbox } from '../helpers.ts';

const SCRIPT = '<script>alert("pwned")</script>';
const IMAGE = '<img src=x onerror=alert(1)>';
const ATTRIBUTE = '"><b onmouseover=alert(1)>';

describe('hostile text in content', () => {
  let box: Sandbox;
  let files: string[];

  beforeAll(() => {
    box = sandbox();
    box.edit('projects/2022/xinyiyuan.md', (t) =>
      t
        .replace('title: 新医院建设', `title: '新医院${SCRIPT}建设'`)
        .replace('summary: 在东区湖畔街道新建一所医院。', `summary: '${IMAGE}在东区'`)
        .replace('leadDepartment: 测试市卫生健康局', `leadDepartment: '${ATTRIBUTE.replace(/'/g, "''")}'`),
    );
    box.edit('districts/xiqu.json', (t) => t.replace('"name": "西区"', `"name": "西区${IMAGE.replace(/"/g, '\\"')}"`));
    box.edit('updates/2022-09-01-lianliankan.md', (t) => t.replace('title: 市民走进新医院和幼儿园', `title: '走进${SCRIPT}'`));
    const run = buildSite(box.content, join(box.root, 'dist'), join(box.root, 'cache'));
    if (run.status !== 0) throw new Error(run.stdout + run.stderr);
    files = readdirSync(join(box.root, 'dist'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.(?:html|xml|js|json|csv|svg)$/.test(d.name))
      .map((d) => join(d.parentPath, d.name));
  });
  afterAll(() => box.dispose());

  it('never becomes an element or an attribute of a page', () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      for (const element of elements(fromHtml(readFileSync(file, 'utf8')))) {
        const where = `${file}: <${element.tagName}>`;
        expect(Object.keys(element.properties).filter((name) => /^on/i.test(name)), where).toEqual([]);
        if (element.tagName === 'img') expect(element.properties.src, where).not.toBe('x');
        if (element.tagName === 'b') throw new Error(`${where} was made from text`);
        if (element.tagName === 'script') expect(JSON.stringify(element.children), where).not.toContain('pwned');
      }
    }
  });

  it('never becomes markup in a feed, a chart file or the search index', () => {
    // JSON and CSV are data: they carry the text as written, for their readers to escape.
    for (const file of files.filter((f) => /\.(?:xml|svg|js)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain(SCRIPT);
      expect(text, file).not.toContain('<img src=x');
      expect(text, file).not.toContain('<b onmouseover');
    }
  });

  it('is kept as written in the open data', () => {
    const data = JSON.parse(readFileSync(join(box.root, 'dist/data/districts.json'), 'utf8'));
    expect(JSON.stringify(data)).toContain('西区<img src=x onerror=alert(1)>');
  });

  it('is shown as the text it is', () => {
    const page = readFileSync(join(box.root, 'dist/projects/2022/xinyiyuan/index.html'), 'utf8');
    expect(page).toContain('<h1>新医院&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;建设</h1>');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;在东区');
  });

  it('puts a content security policy without unsafe-inline on every page', () => {
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const page = readFileSync(file, 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(page)?.[1];
      expect(policy, file).toBeDefined();
      expect(policy, file).toContain("default-src 'self'");
      expect(policy, file).toMatch(/script-src 'self'[^;]*;/);
      expect(policy, file).toContain("object-src 'none'");
      expect(policy, file).not.toContain('unsafe-inline');
      expect(policy, file).not.toContain('unsafe-eval');
      // Nothing is loaded from another origin: every src and stylesheet is the site's own.
      for (const ref of page.matchAll(/<(?:script|img|link|iframe|source)\b[^>]*?\s(?:src|href)="([^"]+)"/g)) {
        const target = ref[1]!;
        if (/^<link[^>]*rel="(?:canonical|alternate)"/.test(ref[0])) continue;
        expect(target, `${file}: ${ref[0]}`).toMatch(/^\//);
      }
    }
  });
});

function* elements(node: Root | RootContent): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elements(child);
}
