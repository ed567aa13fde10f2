/**
 * Rebuilding into the same folder renders only what an edit affects, and the result is
 * byte for byte what a build from scratch gives: after publishing an update, withdrawing
 * it, and renaming a place (which every page shows). No file that comes out the same is
 * written again: pages, converted pages, charts, stylesheets, public files, data. Only the
 * content changes between these builds, so each rebuild is a publish: the changed pages are
 * rendered through the view bundle of the first build (src/publish/), without `astro build`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_RECORD, readCached, recordsFolder, type BuildRecord } from '../../src/build/incremental.ts';
import { buildSite, sandbox, type Sandbox } from '../helpers.ts';
import { sharedBuild } from '../shared-build.ts';

/**
 * Every file of the site below a folder with its bytes and modification time. The output's
 * record of its files (`.minsheng/`) is left out: it carries a stamp of the code, which may
 * change between two builds of a test run; tests/build/output-safety.test.ts checks it.
 */
function files(dir: string): Map<string, { bytes: Buffer; mtimeMs: number }> {
  const result = new Map<string, { bytes: Buffer; mtimeMs: number }>();
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const path = join(d.parentPath, d.name);
    if (path.slice(dir.length + 1).startsWith('.minsheng')) continue;
    result.set(path.slice(dir.length + 1), { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs });
  }
  return result;
}

let box: Sandbox;
const out = () => join(box.root, 'dist');

function build(target: string, cache: string) {
  const run = buildSite(box.content, join(box.root, target), join(box.root, cache));
  if (run.status !== 0) throw new Error(`The build failed:\n${run.stdout}\n${run.stderr}`);
}

/** Rebuilds `dist/` with its cache, takes a build of the same content from scratch, and returns both trees. */
async function rebuildAndCompare() {
  const before = files(out());
  build('dist', 'cache');
  expect(readCached<BuildRecord>(recordsFolder(join(box.root, 'cache'), out()), BUILD_RECORD)?.via).toBe('publish');
  const after = files(out());
  const fresh = files(await sharedBuild(box.content));
  expect([...after.keys()].sort()).toEqual([...fresh.keys()].sort());
  expect([...after].filter(([file, f]) => !f.bytes.equals(fresh.get(file)!.bytes)).map(([file]) => file)).toEqual([]);
  const rewritten = (file: string) => after.get(file)!.mtimeMs !== before.get(file)?.mtimeMs;
  // Every file that comes out the same keeps its date, so that hosts and copy tools that go by dates upload only what changed.
  expect([...after.keys()].filter((file) => before.get(file)?.bytes.equals(after.get(file)!.bytes) && rewritten(file))).toEqual([]);
  return { before, after, rewritten };
}

const UPDATE = 'updates/2022-11-01-kaigong.md';
const PAGE = (path: string) => `${path}/index.html`;

beforeAll(() => {
  box = sandbox();
  build('dist', 'cache');
  expect(readCached<BuildRecord>(recordsFolder(join(box.root, 'cache'), out()), BUILD_RECORD)?.via).toBe('astro');
});
afterAll(() => box.dispose());

describe('a rebuild into the same folder', () => {
  it('after one more update, renders the pages of its project and lists, keeps the rest, and equals a fresh build', async () => {
    // A project of 西区 alone: 东区 and 湖畔街道 have nothing new.
    box.write(UPDATE, '---\ndate: "2022-11-01"\ntitle: 西区幼儿园开工\nprojects: [2022/youeryuan]\nkind: progress\nstatus: in-progress\nprogress: 10\n---\n工程开工。\n');
    const { before, after, rewritten } = await rebuildAndCompare();
    expect(after.has(PAGE('updates/2022-11-01-kaigong'))).toBe(true);
    expect(after.has(PAGE('zh-hant/updates/2022-11-01-kaigong'))).toBe(true);
    // The project's own page shows the update in every locale; its year, place and the list of updates are drawn again.
    for (const page of ['projects/2022/youeryuan', 'en/projects/2022/youeryuan', 'zh-hant/projects/2022/youeryuan', '2022', 'districts/xiqu']) {
      expect(after.get(PAGE(page))!.bytes.equals(before.get(PAGE(page))!.bytes), page).toBe(false);
    }
    for (const page of ['updates', 'en/updates']) expect(rewritten(PAGE(page)), page).toBe(true);
    // Another project of the year, its update, its charts, another year and another place with its feed are not touched.
    for (const file of [
      PAGE('projects/2022/xinyiyuan'),
      PAGE('en/projects/2022/xinyiyuan'),
      PAGE('zh-hant/projects/2022/xinyiyuan'),
      PAGE('updates/2022-06-30-fengding'),
      PAGE('2023'),
      PAGE('districts/hupan'),
      PAGE('zh-hant/districts/hupan'),
      'districts/hupan/feed.xml',
      'charts/projects/2022/xinyiyuan/history.svg',
    ]) {
      expect(rewritten(file), file).toBe(false);
    }
  });

  it('after the update is withdrawn, drops its pages and equals a fresh build', async () => {
    box.remove(UPDATE);
    const { after } = await rebuildAndCompare();
    expect(after.has(PAGE('updates/2022-11-01-kaigong'))).toBe(false);
    expect(after.has(PAGE('zh-hant/updates/2022-11-01-kaigong'))).toBe(false);
  });

  it('after a place is renamed, renders the pages that name it, keeps the rest, and equals a fresh build', async () => {
    box.edit('districts/xiqu.json', (text) => text.replace('"西区"', '"西城区"'));
    const { after, rewritten } = await rebuildAndCompare();
    // A page's fingerprint is the hash of what it shows: a project of another place is not rendered again.
    const rendered = (JSON.parse(readFileSync(join(recordsFolder(join(box.root, 'cache'), out()), 'pages.json'), 'utf8')) as { rendered: string[] }).rendered;
    expect(rendered).not.toContain(PAGE('projects/2022/xinyiyuan'));
    expect(rendered).toContain(PAGE('projects/2022/youeryuan'));
    expect(rendered).toContain(PAGE('districts/xiqu'));
    expect(rewritten(PAGE('projects/2022/xinyiyuan'))).toBe(false);
    expect(rewritten(PAGE('districts/xiqu'))).toBe(true);
    expect(after.get(PAGE('districts/xiqu'))!.bytes.toString()).toContain('西城区');
  });
});
