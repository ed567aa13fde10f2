import { describe, expect, it } from 'vitest';
import { isPublished } from '../../src/model/publish.ts';
import { buildSiteModel, type SiteContent } from '../../src/model/site.ts';
import { programmeStats } from '../../src/model/stats.ts';
import { districtTree } from '../../src/model/districts.ts';
import { currentState } from '../../src/model/state.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { project, update } from './entries.ts';

describe('publishing', () => {
  it('hides drafts, scheduled entries before their day and updates dated in the future', () => {
    expect(isPublished({}, '2022-05-01')).toBe(true);
    expect(isPublished({ draft: true }, '2022-05-01')).toBe(false);
    expect(isPublished({ publishDate: '2022-05-02' }, '2022-05-01')).toBe(false);
    expect(isPublished({ publishDate: '2022-05-01' }, '2022-05-01')).toBe(true);
    expect(isPublished({ publishDate: '2022-05' }, '2022-05-01')).toBe(true);
    expect(isPublished({ date: '2022-05-02' }, '2022-05-01')).toBe(false);
  });
});

const content: SiteContent = {
  site: SiteSchema.parse({ title: 'T', publisher: 'P', region: 'city', defaultLocale: 'zh-Hans', locales: ['zh-Hans'] }),
  themes: [
    { id: 'school', data: { name: 'School', order: 2 } },
    { id: 'health', data: { name: 'Health', order: 1 } },
  ],
  districts: [
    { id: 'city', data: { name: '市', level: 'city' } },
    { id: 'east', data: { name: '东区', level: 'county', parent: 'city' } },
    { id: 'west', data: { name: '西区', level: 'county', parent: 'city' } },
  ],
  programmes: [
    { id: '2022', data: { year: 2022, title: '2022', region: 'city', published: '2022', themes: ['school', 'health'], commitments: 5 } },
    { id: '2023', data: { year: 2023, title: '2023', region: 'city', published: '2023', themes: ['health'] } },
  ],
  projects: [
    project('2022/a', { theme: 'school', districts: ['west'], budget: { amount: 500_000_000 } }),
    project('2022/b', { status: 'completed', progress: 100, completed: '2022-05', budget: { amount: 45_000_000 } }),
    project('2022/draft', { draft: true }),
    project('2022/later', { publishDate: '2099-01-01' }),
    project('2023/c', { plannedEnd: '2023-06' }),
  ],
  updates: [
    update('2022-06-01-a', ['2022/a'], { progress: 50 }),
    update('2022-07-01-a', ['2022/a'], { kind: 'completion' }),
    update('2022-08-01-draft-only', ['2022/draft'], { progress: 20 }),
    update('2099-01-01-future', ['2022/a'], { progress: 0, kind: 'correction' }),
    update('2022-09-01-mixed', ['2022/draft', '2023/c'], { kind: 'inspection' }),
  ],
};

describe('the site model', () => {
  const model = buildSiteModel(content, '2024-01-01');

  it('publishes only what is due: no drafts, no scheduled or future entries', () => {
    expect(model.projects.map((p) => p.id)).toEqual(['2023/c', '2022/a', '2022/b']);
    expect(model.updates.map((u) => u.id)).toEqual(['2022-09-01-mixed', '2022-07-01-a', '2022-06-01-a']);
    expect(model.updates[0]!.projects.map((p) => p.id)).toEqual(['2023/c']);
  });

  it('derives each project state from its published updates', () => {
    const a = model.projectById.get('2022/a')!;
    expect(a.state).toMatchObject({ status: 'completed', progress: 100, completed: '2022-07-01' });
    expect(a.updates.map((u) => u.id)).toEqual(['2022-07-01-a', '2022-06-01-a']);
  });

  it('records what each update changed on each project', () => {
    const byId = new Map(model.updates.map((u) => [u.id, u]));
    const completion = byId.get('2022-07-01-a')!.changes;
    expect(completion).toHaveLength(1);
    expect(completion[0]!.project.id).toBe('2022/a');
    expect(completion[0]!.from).toMatchObject({ status: 'in-progress', progress: 50 });
    expect(completion[0]!.to).toMatchObject({ status: 'completed', progress: 100 });
    // An inspection reports without changing anything.
    expect(byId.get('2022-09-01-mixed')!.changes).toEqual([]);
  });

  it('keeps drafts and scheduled entries, marked, only in a preview', () => {
    const preview = buildSiteModel(content, '2024-01-01', { preview: true });
    const marks = Object.fromEntries(preview.projects.map((p) => [p.id, p.unpublished ?? 'published']));
    expect(marks).toEqual({ '2023/c': 'published', '2022/a': 'published', '2022/b': 'published', '2022/draft': 'draft', '2022/later': 'scheduled' });
    expect(preview.updates.find((u) => u.id === '2099-01-01-future')?.unpublished).toBe('scheduled');
    // The scheduled correction counts in the preview, so the press office sees its effect.
    expect(preview.projectById.get('2022/a')!.state.progress).toBe(0);
    expect(model.projects.some((p) => p.unpublished)).toBe(false);
  });

  it('orders themes by their order field and programmes newest first', () => {
    expect(model.themes.map((t) => t.id)).toEqual(['health', 'school']);
    expect(model.programmes.map((p) => p.data.year)).toEqual([2023, 2022]);
  });

  it('rolls projects up the place tree', () => {
    expect(model.projectsByDistrict.get('city')!.map((p) => p.id)).toEqual(['2023/c', '2022/a', '2022/b']);
    expect(model.projectsByDistrict.get('west')!.map((p) => p.id)).toEqual(['2022/a']);
  });

  it('computes programme figures: committed vs entered vs completed, by status, theme and place', () => {
    const stats = model.programmeByYear.get(2022)!.stats;
    expect(stats).toMatchObject({ committed: 5, entered: 2, completed: 2, overdue: 0 });
    expect(stats.byTheme.map((g) => [g.id, g.total])).toEqual([['school', 1], ['health', 1]]);
    expect(stats.byDistrict.map((g) => [g.id, g.total])).toEqual([['east', 1], ['west', 1]]);
    expect(stats.budget).toEqual([{ amount: 545_000_000, currency: 'CNY' }]);
    expect(model.programmeByYear.get(2023)!.stats).toMatchObject({ entered: 1, completed: 0, overdue: 1, byStatus: { 'in-progress': 1 } });
  });

  it('marks open projects not reported within the staleness period of site.json, 180 days when unset', () => {
    // 2023/c was last reported on 2022-09-01 (an inspection); 2022/b is completed.
    const state = (m: typeof model, id: string) => m.projectById.get(id)!.state.stale;
    expect(state(model, '2023/c')).toBe(true);
    expect(state(model, '2022/b')).toBe(false);
    const patient = buildSiteModel({ ...content, site: { ...content.site, staleAfterDays: 500 } }, '2024-01-01');
    expect(state(patient, '2023/c')).toBe(false);
  });
});

describe('programme statistics', () => {
  it('puts themes outside the programme list after the listed ones, and skips empty places', () => {
    const tree = districtTree(content.districts);
    const projects = [project('2022/x', { theme: 'other' }), project('2022/y', { theme: 'health' })].map((p) => ({ ...p, state: currentState(p, [], '2022-02-01') }));
    const stats = programmeStats(projects, { themeOrder: ['health', 'school'], tree, region: 'city' });
    expect(stats.byTheme.map((g) => [g.id, g.total])).toEqual([['health', 1], ['school', 0], ['other', 1]]);
    expect(stats.byDistrict.map((g) => g.id)).toEqual(['east']);
    expect(stats.committed).toBeUndefined();
    expect(stats.byStatus).toEqual({ planned: 0, 'in-progress': 2, completed: 0, delayed: 0, suspended: 0, cancelled: 0 });
  });
});
