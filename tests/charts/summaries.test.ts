/** The text alternative of each chart: the key figures in a sentence or two, in the reader's language. */
import { describe, expect, test } from 'vitest';
import {
  budgetTreemap,
  committedBars,
  milestoneTimeline,
  placeMap,
  plannedPeriods,
  progressBar,
  progressHistory,
  stackedBars,
  statusBreakdown,
  trend,
} from '../../src/charts/index.ts';
import * as f from './fixtures.ts';

const zh = { id: 'c', locale: 'zh-Hans' } as const;
const en = { id: 'c', locale: 'en' } as const;

describe('summaries', () => {
  test('progress bar: status and percent', () => {
    expect(progressBar(f.progress, zh).description).toBe('推进中，进度 45%。');
    expect(progressBar(f.progress, en).description).toBe('In progress, 45% complete.');
  });

  test('progress history: number of records, first and last progress with their dates, status now', () => {
    expect(progressHistory(f.history, zh).description).toBe(
      '共 5 次记录，进度从 0%（2022年3月）到 100%（2023年5月20日），目前已完成。',
    );
    expect(progressHistory(f.history, en).description).toBe(
      '5 records, from 0% (March 2022) to 100% (20 May 2023); status now: Completed.',
    );
    expect(progressHistory([f.history[1]!], zh).description).toBe('截至2022年6月10日进度 20%，推进中。');
  });

  test('milestones: how many, how many done, and the next one', () => {
    expect(milestoneTimeline(f.milestones, { ...zh, today: f.TODAY }).description).toBe('共 5 个节点，已完成 3 个；下一个是“竣工验收”（2023年10月）。');
    const done = f.milestones.map((m) => ({ ...m, done: true }));
    expect(milestoneTimeline(done, { ...en, today: f.TODAY }).description).toBe('All 5 milestones done.');
  });

  test('status breakdown: the total and each status with its count', () => {
    expect(statusBreakdown(f.statusCounts, zh).description).toBe('共 21 项：待启动 1 项，推进中 6 项，已完成 12 项，滞后 2 项。');
    expect(statusBreakdown(f.statusCounts, en).description).toBe('21 projects: Planned 1, In progress 6, Completed 12, Delayed 2.');
  });

  test('stacked bars: the total, and each group with its total and completed', () => {
    const text = stackedBars(f.byTheme, zh).description;
    expect(text).toContain('共 21 项，分 3 组');
    expect(text).toContain('健康 8 项（已完成 4 项）');
  });

  test('budget: the total in 亿元 and the largest themes with their shares', () => {
    expect(budgetTreemap(f.budgets, zh).description).toBe(
      '总投资 6.77亿元，分 4 类；最多的是优学 5亿元（73.9%），健康 1.24亿元（18.3%），颐养 4500万元（6.6%）。',
    );
    expect(budgetTreemap(f.budgets, en).description).toContain('Total investment ¥677 million in 4 themes');
  });

  test('planned periods: the span, today and the projects past due', () => {
    expect(plannedPeriods(f.periods, { ...zh, today: f.TODAY }).description).toBe(
      '3 个项目的计划工期在2022年1月至2023年12月之间；今天是2023年6月15日，其中 1 个已过完成时限、尚未完成。',
    );
  });

  test('commitment: promised, published, completed, and completed as a share of promised', () => {
    expect(committedBars(f.commitment, zh).description).toBe('承诺 30 项，已公布 28 项，已完成 20 项，完成数为承诺数的 66.7%。');
  });

  test('trend: first and last year, projects, completed and investment', () => {
    expect(trend(f.years, zh).description).toBe('2020年至2022年，项目从 18 项到 28 项，完成从 17 项到 20 项。总投资从 8.2亿元 到 12.5亿元。');
    expect(trend(f.years, en).description).toBe(
      'From 2020 to 2022, projects went from 18 to 28 and completed ones from 17 to 20. Investment went from ¥820 million to ¥1.25 billion.',
    );
  });

  test('map: places, projects, and the places with the most', () => {
    expect(placeMap(f.dotPlaces, zh).description).toBe('3 个地区共 16 项；最多的是东区 12 项，西区 3 项，湖畔街道 1 项。');
  });
});
