/**
 * Hostile text in any field stays text: script tags and event attributes in titles,
 * summaries, departments and names are escaped on every page, in the feeds, the search
 * index and the data. And every page carries a content security policy with no
 * `unsafe-inline`, and asks nothing of another origin. Hostile HTML in a body is refused
 * by the build, and even the preview, which shows content with errors, leaves it out of
 * pages and feeds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, sandbox, type Sandbox } from '../helpers.ts';

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

describe('hostile HTML in bodies', () => {
  const UPDATE_PAGE = '/updates/2022-12-20-wangong/';
  const REPORT_PAGE = '/2022/';
  const FEEDS = ['/feed.xml', '/districts/dongqu/feed.xml'];
  let box: Sandbox;
  let build: ReturnType<typeof buildSite>;
  let pages: Record<string, string>;

  beforeAll(() => {
    box = sandbox();
    box.edit('updates/2022-12-20-wangong.md', (t) =>
      [
        t,
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        '',
        '验收 <span onclick="alert(1)">合格</span> [详情](javascript:alert(2)) <img src="x.png" onerror="alert(3)"> <a href="data:text/html,x">附件</a>',
        '',
        '<div><script>alert(4)</script><iframe src="https://evil.example/"></iframe></div>',
      ].join('\n'),
    );
    box.edit('programmes/2022.mdx', (t) =>
      [t, '<meta httpEquiv="refresh" content="0;url=https://evil.example/" />', '', '<a href="javascript:alert(5)" onClick="alert(6)">报告</a> <iframe src="https://evil.example/"></iframe>', ''].join('\n'),
    );
    build = buildSite(box.content, join(box.root, 'dist'), join(box.root, 'cache'));
    const preview = spawnSync(process.execPath, [join(ROOT, 'tests/build/preview-probe.ts'), UPDATE_PAGE, REPORT_PAGE, ...FEEDS], {
      cwd: projectCopy(join(box.root, 'project')),
      encoding: 'utf8',
      timeout: 180_000,
      env: { ...process.env, MINSHENG_CONTENT: box.content, MINSHENG_CACHE: join(box.root, 'preview-cache') },
    });
    if (preview.status !== 0) throw new Error(preview.stdout + preview.stderr);
    pages = JSON.parse(preview.stdout) as Record<string, string>;
  }, 240_000);
  afterAll(() => box.dispose());

  it('are refused by the build, which names each one', () => {
    expect(build.status).toBe(1);
    const output = build.stdout + build.stderr;
    expect(output).toContain('content/updates/2022-12-20-wangong.md:9: body: 使用了正文中不允许的 HTML 元素 <meta>');
    expect(output).toContain('content/updates/2022-12-20-wangong.md:11: body: 链接到“javascript:alert(2)”');
    expect(output).toContain('content/programmes/2022.mdx:24: body: 使用了正文中不允许的 HTML 元素 <meta>');
  });

  it('never reach a page of the preview, whose text stays', () => {
    for (const path of [UPDATE_PAGE, REPORT_PAGE]) {
      expect(hostile(fromHtml(pages[path]!)), path).toEqual([]);
    }
    expect(pages[UPDATE_PAGE]).toContain('<p>验收 合格 <a>详情</a> <img src="x.png"> <a>附件</a></p>');
    expect(pages[REPORT_PAGE]).toContain('<a>报告</a>');
  });

  it('never reach a feed of the preview', () => {
    for (const path of FEEDS) {
      const content = /<entry>\s*<id>urn:minsheng:update:2022-12-20-wangong<\/id>[\s\S]*?<content type="html">([\s\S]*?)<\/content>/.exec(pages[path]!)?.[1];
      expect(content, path).toBeDefined();
      const html = content!.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
      expect(hostile(fromHtml(html, { fragment: true })), path).toEqual([]);
      expect(html, path).toContain('<p>验收 合格 <a>详情</a> <img src="x.png"> <a>附件</a></p>');
    }
  });
});

/**
 * The project's code in a folder of its own, sharing node_modules: the preview keeps its
 * rendered entries in `.astro/` of the project, which previews started at the same time
 * from one folder would overwrite for each other.
 */
function projectCopy(folder: string): string {
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) cpSync(join(ROOT, name), join(folder, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(folder, 'node_modules'), 'dir');
  return folder;
}

/** What in a page could navigate away, run a script or load another site: each as a short description. */
function hostile(tree: Root): string[] {
  const found: string[] = [];
  for (const element of elements(tree)) {
    const { tagName, properties } = element;
    if (tagName === 'meta' && String(properties.httpEquiv).toLowerCase() === 'refresh') found.push('meta refresh');
    if (tagName === 'iframe') found.push('iframe');
    if (tagName === 'script' && JSON.stringify(element.children).includes('alert')) found.push('inline script');
    for (const name of Object.keys(properties).filter((n) => /^on/i.test(n))) found.push(`${tagName} ${name}`);
    for (const name of ['href', 'src']) {
      if (/^\s*(?:javascript|data):/i.test(String(properties[name] ?? ''))) found.push(`${tagName} ${name}=${String(properties[name])}`);
    }
  }
  return found;
}

function* elements(node: Root | RootContent): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elements(child);
}
