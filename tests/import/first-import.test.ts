/**
 * A press office's first import, as a new user meets it: a progress of 0.4 that could be
 * 0.4 % or 40 %, a budget 待定, and the id of a new project taken on to
 * `npm run new -- update`. Nothing is guessed, nothing vanishes without a word.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from '../helpers.ts';
import { changedFiles, run, snapshot } from './cli.ts';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

function sheet(rows: string[]): string {
  const path = join(box.root, 'sheet.csv');
  writeFileSync(path, ['项目名称,类别,牵头单位,总投资（万元）,形象进度', ...rows].join('\n') + '\n');
  return path;
}

describe('a first import', () => {
  it('refuses a plain 0.4 in the progress column, naming row and column, when it is the sheet’s only problem', () => {
    const before = snapshot(box.content);
    const result = run('import', [sheet(['新项目,优学,测试市教育局,100,0.4']), '--year', '2022', '--lang', 'zh'], box.root);
    expect(result.out.slice(1)).toEqual([
      'sheet.csv 第 2 行“形象进度”列：填写的是 0.4，可能是 0.4%，也可能是 40%（导入不做推测）；应写明百分比：40% 填写 40，0.4% 以文字填写“0.4%”，或把该列设为百分比格式',
      '共 1 个项目行：新建 0 个，更新 0 个，无变化 0 个，未导入 1 个。未导入的行没有写入任何内容；请改正后重新导入。',
    ]);
    expect(result.status).toBe(1);
    expect(changedFiles(before, snapshot(box.content))).toEqual([]);
  });

  it('takes 0, 40 and "0.4%" as written', () => {
    const result = run('import', [sheet(['甲,优学,测试市教育局,100,0', '乙,优学,测试市教育局,100,40', '丙,优学,测试市教育局,100,0.4%']), '--year', '2022', '--lang', 'en', '--dry-run'], box.root);
    expect(result.out.filter((line) => line.startsWith('new: ')).map((line) => line.replace(/.* — /, ''))).toEqual([
      '甲 (youxue; ceshi; planned, 0%)',
      '乙 (youxue; ceshi; in-progress, 40%)',
      '丙 (youxue; ceshi; in-progress, 0.4%)',
    ]);
    expect(result.status).toBe(0);
  });

  it('says that a budget 待定 is read as not filled in, and writes none', () => {
    const result = run('import', [sheet(['新项目,优学,测试市教育局,待定,40']), '--year', '2022', '--lang', 'zh'], box.root);
    expect(result.out).toContain('说明：第 2 行“总投资（万元）”列的“待定”按未填写处理');
    expect(result.status).toBe(0);
    expect(box.read('projects/2022/xm-af1ffad8.md')).not.toContain('budget');
  });

  it('prints the id of a new project as `npm run new -- update` takes it: with its year', () => {
    const imported = run('import', [sheet(['新项目,优学,测试市教育局,100,40']), '--year', '2022', '--lang', 'en'], box.root);
    const id = /\(id ([^)]+)\)/.exec(imported.out[1] ?? '')?.[1];
    expect(id).toBe('2022/xm-af1ffad8');
    const update = run('new', ['update', id!], box.root);
    expect(update.err).toEqual([]);
    expect(update.status).toBe(0);
  });
});
