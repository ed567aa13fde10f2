/**
 * `npm run archive` and `npm run verify-archive` on the fixture site, year 2022, as a press
 * office runs them: the bag, the zip and the WACZ, the frozen year, byte-identical reruns,
 * and every kind of damage named by the verifier.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { humanSize, sha256 } from '../../src/archive/bagit.ts';
import { formatSize } from '../../src/i18n/data.ts';
import { frozenProblems } from '../../src/archive/frozen.ts';
import { readZip, zip } from '../../src/archive/zip.ts';
import { checkContent } from '../../src/check/index.ts';
import { readContent } from '../../src/check/read.ts';
import { schemaErrors } from '../data/ajv.ts';
import { EPOCH, FIXTURE, ROOT, TODAY, sandbox, type Sandbox } from '../helpers.ts';

function run(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, CI: '1', ...env },
  });
}
const archive = (box: Sandbox, ...args: string[]) => run('archive.ts', ['--year', '2022', '--content', box.content, '--lang', 'en', ...args]);
const verify = (target: string, ...args: string[]) => run('verify-archive.ts', [target, '--lang', 'en', ...args]);

/** Every file below a folder, by `/`-separated path. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'), readFileSync(join(entry.parentPath, entry.name)));
  }
  return files;
}

let a: Sandbox;
let b: Sandbox;
let output: string;
const out = (box: Sandbox, path = '') => join(box.root, 'archive', path);
const bag = (path = '') => out(a, join('2022', path));

beforeAll(() => {
  a = sandbox();
  b = sandbox();
  const first = archive(a);
  if (first.status !== 0) throw new Error(`The archive failed:\n${first.stdout}\n${first.stderr}`);
  output = first.stdout;
  const second = archive(b);
  if (second.status !== 0) throw new Error(`The second archive failed:\n${second.stdout}\n${second.stderr}`);
});
afterAll(() => {
  a.dispose();
  b.dispose();
});

describe('npm run archive', () => {
  it('prints what it wrote, with sizes and sha256, and what it left out', () => {
    const lines = output.trim().split('\n');
    expect(lines[0]).toBe('Building the site of 2022 …');
    expect(lines[1]).toMatch(/^Archived 2022: 16 content files, \d+ pages\.$/);
    const files = tree(bag());
    const size = [...files.values()].reduce((n, f) => n + f.length, 0);
    expect(lines[2]).toBe(`  ${out(a, '2022')}/  ${files.size} files, ${size} bytes  tagmanifest-sha256.txt sha256 ${sha256(files.get('tagmanifest-sha256.txt')!)}`);
    for (const [line, name] of [[lines[3], 'minsheng-2022.zip'], [lines[4], 'minsheng-2022.wacz']] as const) {
      const bytes = readFileSync(out(a, name));
      expect(line).toBe(`  ${out(a, name)}  ${bytes.length} bytes  sha256 ${sha256(bytes)}`);
    }
    expect(lines.slice(5, 8)).toEqual([
      'Froze 2022:',
      `  ${join(a.content, 'programmes/2022.mdx')}  frozen: true (one line; the rest unchanged)`,
      `  ${join(a.content, 'frozen/2022.sha256')}  9 files  sha256 ${sha256(readFileSync(join(a.content, 'frozen/2022.sha256')))}`,
    ]);
    expect(lines[8]).toBe('Not in the archive, because not published on 2026-11-22: projects/2022/caogao.md, updates/2022-10-01-caogao.md, updates/2099-01-01-weilai.md');
  });

  it('writes a bag whose every manifest line matches the file on disk, and lists every file', () => {
    const files = tree(bag());
    for (const manifest of ['manifest-sha256.txt', 'tagmanifest-sha256.txt']) {
      const lines = files.get(manifest)!.toString('utf8').trimEnd().split('\n');
      const listed = lines.map((line) => {
        const [, checksum, path] = /^([0-9a-f]{64})  (.+)$/.exec(line)!;
        expect(sha256(readFileSync(bag(path!))), `${manifest}: ${path}`).toBe(checksum);
        return path!;
      });
      expect(listed).toEqual([...listed].sort());
      const expected = [...files.keys()].filter((p) => (manifest === 'manifest-sha256.txt' ? p.startsWith('data/') : !p.startsWith('data/') && p !== manifest)).sort();
      expect(listed).toEqual(expected);
    }
    const payload = [...files].filter(([p]) => p.startsWith('data/'));
    expect(files.get('bag-info.txt')!.toString('utf8')).toBe(
      'Source-Organization: 测试市新闻办公室\n' +
        'External-Description: 测试民生 2022 年度民生实事的存档：当时的网站、开放数据和原始内容文件，制作于 2026年11月22日。\n' +
        'Bagging-Date: 2026-11-22\n' +
        `Payload-Oxum: ${payload.reduce((n, [, f]) => n + f.length, 0)}.${payload.length}\n` +
        `Bag-Size: ${humanSize(payload.reduce((n, [, f]) => n + f.length, 0))}\n` +
        'External-Identifier: minsheng-2022\n' +
        'Minsheng-Year: 2022\n',
    );
  });

  it('keeps the source files of that year exactly as written, the programme frozen, drafts and other years left out', () => {
    const content = tree(bag('data/content'));
    expect([...content.keys()].sort()).toEqual([
      'districts/ceshi.json', 'districts/dongqu.json', 'districts/hupan.json', 'districts/xiqu.json', 'geo/dongqu.geojson',
      'programmes/2022.mdx', 'projects/2022/xinyiyuan.md', 'projects/2022/xinyiyuan.svg', 'projects/2022/youeryuan.json', 'site.json',
      'themes/jiankang.json', 'themes/youxue.json',
      'updates/2022-06-30-fengding.md', 'updates/2022-07-10-jiaozheng.md', 'updates/2022-09-01-lianliankan.md', 'updates/2022-12-20-wangong.md',
    ]);
    for (const [path, bytes] of content) expect(bytes.equals(readFileSync(join(a.content, path))), path).toBe(true);
  });

  it('publishes the open data of that year only, valid against its schemas, the CSV with its BOM', () => {
    const data = (path: string) => readFileSync(bag(`data/data/${path}`));
    const projects = JSON.parse(data('projects.json').toString('utf8'));
    expect(projects.projects.map((p: { id: string }) => p.id)).toEqual(['2022/xinyiyuan', '2022/youeryuan']);
    const updates = JSON.parse(data('updates.json').toString('utf8'));
    expect(updates.updates).toHaveLength(4);
    for (const [doc, list] of [[projects, 'projects'], [updates, 'updates'], [JSON.parse(data('districts.json').toString('utf8')), 'districts']] as const) {
      const schema = JSON.parse(data(doc.schema).toString('utf8'));
      expect(doc[list].length, list).toBeGreaterThan(0);
      expect(schemaErrors(schema, doc), list).toEqual([]);
    }
    expect(data('projects.csv').subarray(0, 3).toString('hex')).toBe('efbbbf');
    expect(existsSync(bag('data/data/index.html'))).toBe(false);
    // The data package describes every other file of the archived data, the schemas included.
    const described = (JSON.parse(data('datapackage.json').toString('utf8')) as { resources: { path: string }[] }).resources.map((r) => r.path);
    expect([...tree(bag('data/data')).keys()].sort()).toEqual([...described, 'datapackage.json'].sort());
  });

  it('makes every href and src of every page a relative path to a file on disk, never a folder', () => {
    const site = bag('data/site');
    const pages = [...tree(site).keys()].filter((p) => p.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    let checked = 0;
    for (const page of pages) {
      const html = readFileSync(join(site, page), 'utf8');
      const links = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
      for (const set of html.matchAll(/\ssrcset="([^"]*)"/g)) links.push(...set[1]!.split(',').map((c) => c.trim().split(/\s+/)[0]!));
      for (const link of links) {
        if (link.startsWith('#') || /^[a-z]+:/i.test(link)) continue;
        const path = decodeURIComponent(link.replace(/[?#].*$/, ''));
        expect(path.endsWith('/') || path === '', `${page}: ${link}`).toBe(false);
        const target = join(site, dirname(page), path);
        expect(existsSync(target) && statSync(target).isFile(), `${page}: ${link}`).toBe(true);
        checked++;
      }
      // Only the live site's own pages may be named by address; nothing is site-relative any more.
      expect(links.filter((l) => l.startsWith('/')), page).toEqual([]);
    }
    expect(checked).toBeGreaterThan(1000);
    for (const css of [...tree(site).keys()].filter((p) => p.endsWith('.css'))) {
      for (const [, link] of readFileSync(join(site, css), 'utf8').matchAll(/url\(\s*["']?([^"')]*)/g)) {
        if (!/^[a-z]+:/i.test(link!)) expect(existsSync(join(site, dirname(css), link!)), `${css}: ${link}`).toBe(true);
      }
    }
    const search = readFileSync(join(site, 'search/index.html'), 'utf8');
    expect(search).toContain('<script src="index.js" defer></script><script src="../assets/search.js" defer></script>');
    // The search page loads the index's files beside its manifest when asked; they are all in the archive.
    expect(existsSync(join(site, 'search/index.js'))).toBe(true);
    expect([...tree(site).keys()].filter((p) => /^search\/d\/[0-9a-f]+\.js$/.test(p)).length).toBeGreaterThan(0);
  });

  it('puts the banner first in <main> of every page, as markup, in the page language, with the day it was made', () => {
    const site = bag('data/site');
    for (const page of [...tree(site).keys()].filter((p) => p.endsWith('.html'))) {
      const html = readFileSync(join(site, page), 'utf8');
      const banner = /<main[^>]*><p class="archive-banner" role="note">([^<]*)/.exec(html);
      expect(banner, page).not.toBeNull();
      const expected = page.startsWith('en/')
        ? 'This is the archived record of 2022, made on 22 November 2026; later changes are not in it. The site as it is now: '
        : page.startsWith('zh-hant/')
          ? '這是2022年度的存檔記錄，製作於2026年11月22日，之後的更新不在其中。查看網站現狀：'
          : '这是2022年度的存档记录，制作于2026年11月22日，之后的更新不在其中。查看网站现状：';
      expect(banner![1], page).toBe(expected);
    }
  });

  it('leaves every archived page valid HTML', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const site = bag('data/site');
    for (const page of [...tree(site).keys()].filter((p) => p.endsWith('.html'))) {
      const report = await validator.validateString(readFileSync(join(site, page), 'utf8'), page);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)), page).toEqual([]);
    }
  });

  it('rewrites the feeds to the archived pages', () => {
    const feed = readFileSync(bag('data/site/feed.xml'), 'utf8');
    expect(feed).toContain('<link rel="alternate" type="text/html" href="updates/2022-12-20-wangong/index.html"/>');
    expect(readFileSync(bag('data/site/districts/hupan/feed.xml'), 'utf8')).toContain('href="../../updates/2022-12-20-wangong/index.html"');
  });

  it('writes a zip of the bag below one folder named like the file, sorted, at the archive time', () => {
    const zipped = readFileSync(out(a, 'minsheng-2022.zip'));
    const entries = readZip(zipped);
    const files = tree(bag());
    expect([...entries.keys()]).toEqual([...files.keys()].sort().map((p) => `minsheng-2022/${p}`));
    for (const [path, bytes] of files) expect(Buffer.from(entries.get(`minsheng-2022/${path}`)!).equals(bytes), path).toBe(true);
  });

  it('writes a WACZ 1.1.1 of the archived site that lists every page and indexes every file', () => {
    const wacz = readZip(readFileSync(out(a, 'minsheng-2022.wacz')));
    expect([...wacz.keys()]).toEqual(['archive/data.warc.gz', 'datapackage-digest.json', 'datapackage.json', 'indexes/index.cdx', 'pages/pages.jsonl']);
    const text = (path: string) => Buffer.from(wacz.get(path)!).toString('utf8');
    const datapackage = JSON.parse(text('datapackage.json'));
    expect(datapackage).toMatchObject({ profile: 'data-package', wacz_version: '1.1.1', created: '2026-11-22T04:00:00Z', mainPageUrl: 'http://localhost/minsheng-2022/index.html' });
    for (const resource of datapackage.resources) {
      expect(resource.hash).toBe(`sha256:${sha256(wacz.get(resource.path)!)}`);
      expect(resource.bytes).toBe(wacz.get(resource.path)!.length);
    }
    expect(JSON.parse(text('datapackage-digest.json'))).toEqual({ path: 'datapackage.json', hash: `sha256:${sha256(wacz.get('datapackage.json')!)}` });
    const site = tree(bag('data/site'));
    const [header, ...pages] = text('pages/pages.jsonl').trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(header).toEqual({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' });
    const htmlPaths = [...site.keys()].filter((p) => p.endsWith('.html'));
    expect(pages.map((p) => p.url).sort()).toEqual(htmlPaths.map((p) => `http://localhost/minsheng-2022/${p.split('/').map(encodeURIComponent).join('/')}`).sort());
    expect(pages.find((p) => p.url.endsWith('/minsheng-2022/index.html'))).toMatchObject({ title: '测试民生', ts: '2026-11-22T04:00:00Z' });
    const cdx = text('indexes/index.cdx').trimEnd().split('\n');
    expect(cdx).toHaveLength(site.size);
    expect(cdx).toEqual([...cdx].sort());
    const warc = gunzipSync(wacz.get('archive/data.warc.gz')!).toString('utf8');
    expect(warc.startsWith('WARC/1.1\r\n')).toBe(true);
    expect(warc).toContain('WARC-Target-URI: http://localhost/minsheng-2022/index.html\r\n');
    expect(warc).toContain(site.get('index.html')!.toString('utf8'));
  });

  it('freezes the year: one line added to the programme, the checksums of every file of the year written', async () => {
    const fixture = readFileSync(join(FIXTURE, 'programmes/2022.mdx'), 'utf8');
    expect(a.read('programmes/2022.mdx')).toBe(fixture.replace('year: 2022\n', 'year: 2022\nfrozen: true\n'));
    const list = a.read('frozen/2022.sha256');
    const paths = ['programmes/2022.mdx', 'projects/2022/caogao.md', 'projects/2022/xinyiyuan.md', 'projects/2022/youeryuan.json', 'updates/2022-06-30-fengding.md', 'updates/2022-07-10-jiaozheng.md', 'updates/2022-09-01-lianliankan.md', 'updates/2022-10-01-caogao.md', 'updates/2022-12-20-wangong.md'];
    expect(list).toBe(paths.map((p) => `${sha256(readFileSync(join(a.content, p)))}  ${p}\n`).join(''));
    expect(frozenProblems(a.content, readContent(a.content).files, 'en')).toEqual([]);
    expect((await checkContent({ contentDir: a.content, today: TODAY, lang: 'en' })).errors).toBe(0);
  });

  it('gives byte-identical archives for the same content and SOURCE_DATE_EPOCH, also when run again on the frozen year', () => {
    for (const name of ['minsheng-2022.zip', 'minsheng-2022.wacz']) expect(readFileSync(out(b, name)).equals(readFileSync(out(a, name))), name).toBe(true);
    const [left, right] = [tree(out(a, '2022')), tree(out(b, '2022'))];
    expect([...right.keys()].sort()).toEqual([...left.keys()].sort());
    for (const [path, bytes] of left) expect(right.get(path)!.equals(bytes), path).toBe(true);
    const zipBefore = readFileSync(out(a, 'minsheng-2022.zip'));
    const again = archive(a, '--force');
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain(`  ${join(a.content, 'programmes/2022.mdx')}  already frozen, unchanged`);
    expect(readFileSync(out(a, 'minsheng-2022.zip')).equals(zipBefore)).toBe(true);
  });
});

describe('npm run archive of a year archived before', () => {
  it('refuses to replace the earlier archive without --force, naming what exists, and changes nothing', () => {
    const before = tree(out(a));
    const programme = a.read('programmes/2022.mdx');
    const again = archive(a);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(
      `${out(a, '2022')}/, ${out(a, 'minsheng-2022.zip')}, ${out(a, 'minsheng-2022.wacz')} already exist; an archive is never replaced unless asked: move them away, or run again with --force to replace them\n`,
    );
    const after = tree(out(a));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, bytes] of before) expect(after.get(path)!.equals(bytes), path).toBe(true);
    expect(a.read('programmes/2022.mdx')).toBe(programme);
  });

  it('refuses also when only the zip is left', () => {
    const box = sandbox();
    try {
      const zipPath = out(box, 'minsheng-2022.zip');
      mkdirSync(out(box));
      cpSync(out(a, 'minsheng-2022.zip'), zipPath);
      const result = archive(box);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`${zipPath} already exists; an archive is never replaced unless asked: move it away, or run again with --force to replace it\n`);
      expect(existsSync(out(box, '2022'))).toBe(false);
    } finally {
      box.dispose();
    }
  });
});

describe('the site built beside its archives', () => {
  let dist: string;
  const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
  const visible = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  beforeAll(() => {
    dist = join(a.root, 'dist');
    const built = run('build.ts', ['--content', a.content, '--out', dist], { MINSHENG_CACHE: join(a.root, 'cache') });
    if (built.status !== 0) throw new Error(`The build failed:\n${built.stdout}\n${built.stderr}`);
  });

  it('lists every year on /archive/ with its downloads, their sizes and sha256, or that it is not archived yet', () => {
    const html = page('archive');
    for (const name of ['minsheng-2022.zip', 'minsheng-2022.wacz']) {
      const bytes = readFileSync(out(a, name));
      expect(html).toContain(`href="/archive/${name}"`);
      expect(html).toContain(`<code>${sha256(bytes)}</code>`);
      expect(visible(html)).toContain(`${name} · ${formatSize(bytes.length, 'zh-Hans')}`);
      expect(readFileSync(join(dist, 'archive', name)).equals(bytes), name).toBe(true);
    }
    expect(visible(html)).toMatch(/2023年测试市民生实事 尚未存档/);
    const tagManifest = sha256(readFileSync(bag('tagmanifest-sha256.txt')));
    expect(visible(html)).toContain(`解压后的存档包：tagmanifest-sha256.txt 的 SHA-256 ${tagManifest}`);
  });

  it('publishes the digests verify-archive --sha256 checks the zip and an unpacked folder with', () => {
    const html = page('archive');
    const [zipDigest, tagManifest] = [...html.matchAll(/<code>([0-9a-f]{64})<\/code>/g)].map((m) => m[1]!);
    expect(verify(out(a, 'minsheng-2022.zip'), '--sha256', zipDigest!).status).toBe(0);
    expect(verify(bag(), '--sha256', tagManifest!).status).toBe(0);
    expect(verify(bag(), '--sha256', zipDigest!).status).toBe(1);
    expect(existsSync(join(dist, 'archive/minsheng-2023.zip'))).toBe(false);
  });

  it('explains every open-data file on /data/, with its size and the licence', () => {
    const html = page('data');
    for (const name of ['projects.json', 'projects.csv', 'updates.json', 'updates.csv', 'districts.json', 'schema/projects.json']) {
      expect(html).toContain(`href="/data/${name}"`);
      expect(visible(html), name).toContain(`${name} ${name.startsWith('schema/') ? '项目（projects/）' : ''}`.trim());
      expect(visible(html), name).toContain(formatSize(statSync(join(dist, 'data', name)).size, 'zh-Hans'));
    }
    expect(visible(html)).toContain('数据许可：CC BY 4.0。使用时请注明来源：测试市新闻办公室。');
    expect(visible(html)).toContain('fields.plannedEnd plannedEnd 完成时限 完成时限：计划完成的日期');
  });
});

describe('npm run verify-archive', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'minsheng-verify-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** A copy of the bag with one thing done to it, as a folder and as a zip of that folder. */
  async function damaged(name: string, damage: (dir: string) => void): Promise<[string, string]> {
    const dir = join(scratch, name, 'minsheng-2022');
    cpSync(bag(), dir, { recursive: true });
    damage(dir);
    const zipPath = join(scratch, `${name}.zip`);
    writeFileSync(zipPath, await zip(new Map([...tree(dir)].map(([p, bytes]) => [`minsheng-2022/${p}`, bytes])), { mtime: new Date(2026, 10, 22, 12), compress: true }));
    return [dir, zipPath];
  }
  const oxum = () => /Payload-Oxum: (\d+)\.(\d+)/.exec(readFileSync(bag('bag-info.txt'), 'utf8'))!.slice(1).map(Number) as [number, number];

  it('passes the archive folder and the zip with a one-line summary', () => {
    const [bytes, files] = oxum();
    for (const target of [bag(), out(a, 'minsheng-2022.zip')]) {
      const result = verify(target);
      expect(result.status, result.stdout).toBe(0);
      expect(result.stdout).toBe(`OK: ${files} files, ${bytes} bytes; every checksum in manifest-sha256.txt and tagmanifest-sha256.txt matches.\n`);
    }
  });

  it('names a flipped byte, on the folder and on the zip', async () => {
    for (const target of await damaged('flipped', (dir) => {
      const path = join(dir, 'data/site/index.html');
      const bytes = readFileSync(path);
      bytes[100] = bytes[100]! ^ 0x01;
      writeFileSync(path, bytes);
    })) {
      const result = verify(target);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('changed: data/site/index.html (its checksum differs from manifest-sha256.txt)\n1 problem: the archive is not as it was made.\n');
    }
  });

  it('names a deleted file, on the folder and on the zip', async () => {
    const [bytes, files] = oxum();
    const size = statSync(bag('data/content/projects/2022/xinyiyuan.md')).size;
    for (const target of await damaged('deleted', (dir) => unlinkSync(join(dir, 'data/content/projects/2022/xinyiyuan.md')))) {
      const result = verify(target);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe(
        'missing: data/content/projects/2022/xinyiyuan.md (listed in manifest-sha256.txt)\n' +
          `Payload-Oxum: bag-info.txt says ${bytes}.${files} (bytes.files), the payload holds ${bytes - size}.${files - 1}\n` +
          '2 problems: the archive is not as it was made.\n',
      );
    }
  });

  it('names an added file, in the payload or beside it, on the folder and on the zip', async () => {
    const [bytes, files] = oxum();
    for (const target of await damaged('added', (dir) => {
      writeFileSync(join(dir, 'data/site/added.html'), '<p>不在存档中</p>');
      writeFileSync(join(dir, 'notes.txt'), 'x');
    })) {
      const result = verify(target);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe(
        'extra: data/site/added.html (not listed in manifest-sha256.txt)\n' +
          'extra: notes.txt (not listed in tagmanifest-sha256.txt)\n' +
          `Payload-Oxum: bag-info.txt says ${bytes}.${files} (bytes.files), the payload holds ${bytes + Buffer.byteLength('<p>不在存档中</p>')}.${files + 1}\n` +
          '3 problems: the archive is not as it was made.\n',
      );
    }
  });

  it('names the entry when a byte of the zip file itself is damaged', () => {
    const bytes = readFileSync(out(a, 'minsheng-2022.zip'));
    // The entry's local header is the first place its name appears; its data follows the name and the extra field.
    const name = bytes.indexOf(Buffer.from('minsheng-2022/data/site/index.html'));
    const header = name - 30;
    const start = name + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
    const middle = start + Math.floor(bytes.readUInt32LE(header + 18) / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    const path = join(scratch, 'raw.zip');
    writeFileSync(path, bytes);
    const result = verify(path);
    expect(result.status).toBe(1);
    // Inflating damaged data gives other bytes (perhaps another length) or fails: either way the file is named.
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^(changed: data\/site\/index\.html \(its checksum differs from manifest-sha256\.txt\)|unreadable: data\/site\/index\.html \(the zip entry cannot be unpacked\))$/);
    expect(lines.slice(1, -1).every((line) => line.startsWith('Payload-Oxum: bag-info.txt says '))).toBe(true);
    expect(lines.at(-1)).toBe(`${lines.length - 1} problem${lines.length === 2 ? '' : 's'}: the archive is not as it was made.`);
  });

  it('explains a path that is neither an archive folder nor a zip', () => {
    const result = verify(join(scratch, 'nothing-here'));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${join(scratch, 'nothing-here')} not found; expected an archive folder (holding bagit.txt) or a .zip file\n`);
  });
});

describe('npm run archive on content it must not archive', () => {
  it('refuses content with errors and writes nothing', () => {
    const box = sandbox();
    try {
      box.edit('projects/2022/xinyiyuan.md', (t) => t.replace('theme: jiankang', 'theme: jiankong'));
      const result = archive(box);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('content/projects/2022/xinyiyuan.md:5: theme: found "jiankong", which is not an existing theme');
      expect(result.stderr).toContain('The content has errors (above); nothing was archived.');
      expect(existsSync(out(box))).toBe(false);
      expect(existsSync(join(box.content, 'frozen'))).toBe(false);
      expect(box.read('programmes/2022.mdx')).toBe(readFileSync(join(FIXTURE, 'programmes/2022.mdx'), 'utf8'));
    } finally {
      box.dispose();
    }
  });

  it('refuses a frozen year whose files changed since, naming the file', () => {
    b.edit('projects/2022/youeryuan.json', (t) => t.replace('"progress": 0', '"progress": 5'));
    const result = archive(b);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/projects/2022/youeryuan.json: changed after 2022 was archived; the year is frozen');
  });
});
