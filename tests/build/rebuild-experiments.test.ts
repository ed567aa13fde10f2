/**
 * Two rebuilds that once went stale, each compared with a build from scratch byte for byte:
 * a report of one year that shows the progress chart of a project of another year, after an
 * update about that project; and a project's page after its deadline passes, where nothing
 * in the content changed but the build day.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sandbox, TODAY, type Sandbox } from '../helpers.ts';
import { sharedBuild } from '../shared-build.ts';
import { addDays, buildAt, differences, lastDayOf } from './edits.ts';

/** The same text as tests/build/incremental.test.ts publishes: 西区幼儿园 starts, at 10%. */
const UPDATE = 'updates/2022-11-01-kaigong.md';
const UPDATE_TEXT = '---\ndate: "2022-11-01"\ntitle: 西区幼儿园开工\nprojects: [2022/youeryuan]\nkind: progress\nstatus: in-progress\nprogress: 10\n---\n工程开工。\n';
const PROJECT = '2022/youeryuan';

let box: Sandbox | undefined;
afterEach(() => box?.dispose());

async function build(content: string, out: string, cache: string, day: string) {
  const run = await buildAt(content, out, cache, day);
  expect(run.status, `The build failed:\n${run.output}`).toBe(0);
}

/** The rows of the data table of the page's progress-history chart (the chart a report's `<ProgressChart>` draws). */
function progressRows(page: string): string[] {
  const html = readFileSync(page, 'utf8');
  const figure = /<figure class="chart chart--progress-history">([\s\S]*?)<\/figure>/.exec(html);
  if (!figure) throw new Error(`${page} shows no progress chart.`);
  return [...figure[1]!.matchAll(/<tr><th scope="row">(.*?)<\/th><td>(.*?)<\/td><td class="chart__num">(.*?)<\/td><\/tr>/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
}

const REPORTS = ['2023/index.html', 'en/2023/index.html', 'zh-hant/2023/index.html'];

describe('a rebuild equals a fresh build', () => {
  it("after an update about a project whose chart another year's report shows", async () => {
    const site = sandbox();
    box = site;
    site.edit('programmes/2023.mdx', (text) => `${text.replace(/\n*$/, '')}\n\n<ProgressChart id="${PROJECT}" />\n`);
    const out = join(site.root, 'dist');
    const cache = join(site.root, 'cache');
    await build(site.content, out, cache, TODAY);
    const before = REPORTS.map((page) => progressRows(join(out, page)));
    for (const rows of before) expect(rows.some((row) => row.endsWith(' 10%'))).toBe(false);

    site.write(UPDATE, UPDATE_TEXT);
    await build(site.content, out, cache, TODAY);
    expect(differences(out, await sharedBuild(site.content))).toEqual([]);
    // The 2023 report's chart of the 2022 project has the update's row, in every locale.
    const [zh, en, hant] = REPORTS.map((page) => progressRows(join(out, page)));
    expect(zh).toEqual([...before[0]!, '2022年11月1日 推进中 10%']);
    expect(en!.at(-1)).toMatch(/2022 .* 10%$/);
    expect(en).toHaveLength(before[1]!.length + 1);
    expect(hant!.at(-1)).toMatch(/^2022年11月1日 .* 10%$/);
    expect(hant).toHaveLength(before[2]!.length + 1);
  });

  it("after the build day passes a project's deadline", async () => {
    const site = sandbox();
    box = site;
    // 西区幼儿园 is due "2022-08", neither completed nor cancelled: late from 2022-09-01.
    const dueDay = lastDayOf(JSON.parse(site.read(`projects/${PROJECT}.json`)).plannedEnd as string);
    expect(dueDay).toBe('2022-08-31');
    const out = join(site.root, 'dist');
    const cache = join(site.root, 'cache');
    const page = (root: string) => readFileSync(join(root, 'projects', PROJECT, 'index.html'), 'utf8');
    await build(site.content, out, cache, addDays(dueDay, -1));
    expect(page(out)).not.toContain('已过完成时限，未见完成报告');

    const later = addDays(dueDay, 1);
    await build(site.content, out, cache, later);
    const fresh = mkdtempSync(join(site.root, 'fresh-'));
    await build(site.content, join(fresh, 'dist'), join(fresh, 'cache'), later);
    expect(differences(out, join(fresh, 'dist'))).toEqual([]);
    expect(page(out)).toContain('已过完成时限，未见完成报告');
    expect(page(out)).toContain('完成时限为 2022年8月；截至 2022年9月1日 的数据中未见完成报告');
    expect(readFileSync(join(out, 'en/projects', PROJECT, 'index.html'), 'utf8')).toContain('Due by August 2022; no completion reported in the data up to');
  });
});
