/**
 * `npm run summary` writes what changed in a programme between two days: each project's
 * status and progress at both ends and the updates in between, in the site's language;
 * it never replaces a file without --force and says why when it writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogues } from '../../src/summary/messages.ts';
import { EPOCH, ROOT, sandbox, type Sandbox } from '../helpers.ts';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

function summary(args: readonly string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'summary.ts'), ...args], {
    cwd: box.root,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, MINSHENG_CONTENT: '', NO_COLOR: '1' },
  });
  const lines = (text: string) => text.split('\n').filter((line) => line !== '');
  return { status: result.status, stdout: result.stdout, err: lines(result.stderr), out: lines(result.stdout) };
}

const RANGE = ['--year', '2022', '--since', '2022-06-01', '--until', '2022-12-31', '--content', 'content'];

describe('npm run summary', () => {
  it('says what changed in a range, per project, at both ends and in between', () => {
    const run = summary(RANGE);
    expect(run.err).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.out).toEqual([
      '# 2022年测试市民生实事：2022年6月1日至2022年12月31日的变化',
      '2022年6月1日之后至2022年12月31日（含）共有 4 条动态，涉及 2 个项目。状态和进度为当日公开网站显示的数据。',
      '| 项目 | 牵头单位 | 2022年6月1日的状态和进度 | 2022年12月31日的状态和进度 | 完成时限 |',
      '| --- | --- | --- | --- | --- |',
      '| 西区幼儿园 | 测试市教育局 | 待启动 0% | 待启动 0%（已超期） | 2022年8月 |',
      '| 新医院建设 | 测试市卫生健康局 | 推进中 40% | 已完成 100% | 2022年12月 |',
      '## 期间的动态',
      '### 西区幼儿园',
      '- 2022年9月1日 走现场：市民走进新医院和幼儿园',
      '### 新医院建设',
      '- 2022年6月30日 节点：新医院主体封顶（进度 40% → 70%）',
      '- 2022年7月10日 更正：更正：新医院进度（进度 70% → 65%）',
      '- 2022年9月1日 走现场：市民走进新医院和幼儿园',
      '- 2022年12月20日 完工：新医院完工（状态 推进中 → 已完成；进度 65% → 100%）',
    ]);
  });

  it('counts only updates after --since and up to --until, and speaks English when asked', () => {
    const run = summary(['--year', '2022', '--since', '2022-09-01', '--until', '2022-12-20', '--content', 'content', '--lang', 'en']);
    expect(run.out).toContain('| 新医院建设 | 测试市卫生健康局 | In progress 65% | Completed 100% | December 2022 |');
    expect(run.out).toContain('| 西区幼儿园 | 测试市教育局 | Planned 0% (Overdue) | Planned 0% (Overdue) | August 2022 |');
    expect(run.out.filter((line) => line.startsWith('- '))).toEqual(['- 20 December 2022 Completion: 新医院完工 (status In progress → Completed; progress 65% → 100%)']);
  });

  it('writes Markdown or a web page, and never replaces a file without --force', () => {
    const file = join(box.root, 'huiyi.md');
    expect(summary([...RANGE, '--out', file]).out).toEqual([`已写入 ${file}：2022 年工程 2022-06-01 至 2022-12-31 的变化。`]);
    writeFileSync(file, '会议笔记');
    const again = summary([...RANGE, '--out', file]);
    expect(again.status).toBe(1);
    expect(again.err).toEqual([`${file} 已存在；请换一个 --out，或加 --force 替换它`, '没有写入任何文件。']);
    expect(readFileSync(file, 'utf8')).toBe('会议笔记');
    expect(summary([...RANGE, '--out', file, '--force']).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('| 新医院建设 | 测试市卫生健康局 | 推进中 40% | 已完成 100% | 2022年12月 |');

    const page = join(box.root, 'huiyi.html');
    expect(summary([...RANGE, '--out', page]).status).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain('<tr><td>新医院建设</td><td>测试市卫生健康局</td><td>推进中 40%</td><td>已完成 100%</td><td>2022年12月</td></tr>');
  });

  it('says what it expected when an option is wrong', () => {
    expect(summary(['--year', '2022', '--since', '2022-02-30', '--content', 'content']).err).toEqual([
      '--since 填写的是“2022-02-30”；应为 YYYY-MM-DD 格式的日期，例如 --since 2026-03-31',
      '没有写入任何文件。',
    ]);
    expect(summary(['--year', '2022', '--since', '2022-12-01', '--until', '2022-06-01', '--content', 'content']).err[0]).toBe(
      '--since 2022-12-01 晚于 --until 2022-06-01；开始日期应不晚于结束日期',
    );
    expect(summary(['--year', '2031', '--content', 'content']).err[0]).toBe('--year 2031 在 content/programmes/ 中没有对应的年度工程；应为以下之一：2022, 2023');
    expect(summary([...RANGE, '--out', 'huiyi.txt']).err[0]).toBe('--out 填写的是 huiyi.txt；文件名应以 .md 或 .html 结尾');
  });

  it('has every message in English and Chinese alike', () => {
    expect(Object.keys(catalogues.zh).sort()).toEqual(Object.keys(catalogues.en).sort());
  });
});
