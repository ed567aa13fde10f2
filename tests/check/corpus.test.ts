/**
 * A press office fixes everything in one go: a corpus with defects in several files
 * gets every defect reported in a single run, and the command exits 1.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogues } from '../../src/check/messages.ts';
import { checkLines, EPOCH, ROOT, sandbox, type Sandbox } from '../helpers.ts';

let box: Sandbox;
beforeAll(() => {
  box = sandbox();
  box.edit('projects/2022/xinyiyuan.md', (t) => t.replace('theme: jiankang', 'theme: jiankong').replace('start: "2021-04"', 'start: "2023-01"'));
  box.edit('projects/2022/youeryuan.json', (t) => t.replace('"planned"', '"planed"'));
  box.edit('projects/2023/yanglao.md', (t) => t.replace('completed: "2023-05-01"\n', ''));
  box.edit('updates/2022-07-10-jiaozheng.md', (t) => t.replace('kind: correction', 'kind: progress'));
  box.edit('districts/xiqu.json', (t) => t.replace('"parent": "ceshi"', '"parent": "beiqu"'));
  box.write('updates/2022-11-11-bad.md', '---\ntitle: 缺日期\nprojects: [2022/xinyiyuan]\nkind: visit\n---\n好消息??\n');
});
afterAll(() => box.dispose());

describe('a corpus with many defects', () => {
  it('reports every defect, each on its own line, in one run', async () => {
    expect(await checkLines(box)).toEqual([
      'content/districts/xiqu.json:1: parent: found "beiqu", which is not an existing place; expected one of the ids in content/districts/ (ceshi, dongqu, hupan, xiqu)',
      'content/projects/2022/xinyiyuan.md:5: theme: found "jiankong", which is not an existing theme; expected one of the ids in content/themes/ (jiankang, youxue)',
      'content/projects/2022/xinyiyuan.md:14: start: found start 2023-01 after plannedEnd 2022-12; expected the start on or before the planned end',
      'content/projects/2022/youeryuan.json:6: status: found "planed"; expected one of: planned, in-progress, completed, delayed, suspended, cancelled',
      'content/projects/2023/yanglao.md: completed: is missing while status is "completed"; expected the date the project was completed',
      'content/updates/2022-07-10-jiaozheng.md:6: progress: found 65, lower than 70 on 2022-06-30 (content/updates/2022-06-30-fengding.md); expected progress never to go down, except through an update of kind "correction"',
      'content/updates/2022-11-11-bad.md: date: is missing; this field is required',
      'content/updates/2022-11-11-bad.md:4: kind: found "visit"; expected one of: progress, milestone, completion, inspection, public-visit, suggestion, correction',
      'content/updates/2022-11-11-bad.md:6: body: contains "息??" inside Chinese text, a sign of characters lost in conversion; expected the original characters',
    ]);
  });

  it('makes `npm run check` print them with a summary and exit 1', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), '--content', box.content, '--content-only', '--lang', 'en'], {
      cwd: box.root,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH },
    });
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines.at(-1)).toBe('Checked 20 files: 9 errors. Nothing is published until every error is fixed.');
  });

  it('speaks Chinese by default for a Chinese site', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), '--content', box.content, '--content-only'], { cwd: box.root, encoding: 'utf8' });
    expect(run.stdout.trim().split('\n').at(-1)).toBe('已检查 20 个文件：9 个错误。改正全部错误之后才能发布。');
  });
});

describe('the message catalogues', () => {
  it('say the same things in English and Chinese', () => {
    expect(Object.keys(catalogues.zh).sort()).toEqual(Object.keys(catalogues.en).sort());
  });
});
