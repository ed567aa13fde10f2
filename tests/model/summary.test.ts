/** The printed summary's order, data date and recent updates, read from the model. */
import { describe, expect, it } from 'vitest';
import { buildSiteModel, type SiteContent } from '../../src/model/site.ts';
import { dataDate, daysBefore, recentUpdates, summaryOrder } from '../../src/model/summary.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { project, update } from './entries.ts';

const content: SiteContent = {
  site: SiteSchema.parse({ title: 'T', publisher: 'P', region: 'city', defaultLocale: 'zh-Hans', locales: ['zh-Hans'] }),
  themes: [{ id: 'health', data: { name: 'Health' } }],
  districts: [
    { id: 'city', data: { name: '市', level: 'city' } },
    { id: 'east', data: { name: '东区', level: 'county', parent: 'city' } },
  ],
  programmes: [{ id: '2022', data: { year: 2022, title: '2022', region: 'city', published: '2022', themes: ['health'] } }],
  projects: [
    project('2022/a-undated'),
    project('2022/b-late', { plannedEnd: '2022-12' }),
    project('2022/c-soon', { plannedEnd: '2023-03' }),
    project('2022/d-late-early', { plannedEnd: '2022-06' }),
    project('2022/e-done', { plannedEnd: '2022-05', status: 'completed', progress: 100, completed: '2022-05' }),
  ],
  updates: [
    update('2022-10-01-b', ['2022/b-late'], { progress: 50 }),
    update('2023-01-10-c', ['2022/c-soon'], { progress: 60 }),
  ],
};

describe('the summary of a programme', () => {
  const model = buildSiteModel(content, '2023-02-01');
  const programme = model.programmeByYear.get(2022)!;

  it('lists overdue projects first, then by due date, undated last', () => {
    expect(summaryOrder(programme.projects).map((p) => p.id)).toEqual(['2022/d-late-early', '2022/b-late', '2022/e-done', '2022/c-soon', '2022/a-undated']);
  });

  it('dates its figures by the newest fact, and lists the updates of the 30 days before it', () => {
    expect(dataDate(programme.projects)).toBe('2023-01-10');
    expect(daysBefore('2023-01-10', 30)).toBe('2022-12-11');
    expect(daysBefore('2022-03', 1)).toBe('2022-02-28');
    const recent = recentUpdates(model, programme)!;
    expect(recent.since).toBe('2022-12-11');
    expect(recent.updates.map((u) => u.id)).toEqual(['2023-01-10-c']);
  });
});
