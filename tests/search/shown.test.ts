/**
 * What a search result shows beside its title: a project's status, the day of its data and
 * its marks; an update's day. The index carries them as one line the page words itself.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteModel, type SiteContent } from '../../src/model/site.ts';
import { searchDocuments, shownLine } from '../../src/search/documents.ts';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { project, update } from '../model/entries.ts';

const content = (site: Record<string, unknown> = {}): SiteContent => ({
  site: SiteSchema.parse({ title: 'T', publisher: 'P', region: 'city', defaultLocale: 'zh-Hans', locales: ['zh-Hans', 'en'], ...site }),
  themes: [{ id: 'health', data: { name: '医疗' } }],
  districts: [
    { id: 'city', data: { name: '市', level: 'city' } },
    { id: 'east', data: { name: '东区', level: 'county', parent: 'city' } },
  ],
  programmes: [{ id: '2022', data: { year: 2022, title: '2022年民生实事', region: 'city', published: '2022', themes: ['health'] } }],
  projects: [
    project('2022/late', { title: '新建医院', plannedEnd: '2022-08', asOf: '2022-03' }),
    project('2022/done', { title: '老医院改造', status: 'completed', progress: 100, asOf: '2022-05-01' }),
  ],
  updates: [update('2022-09-01-visit', ['2022/late'], { title: '督查新建医院', kind: 'inspection' })],
});

describe('what a search result shows', () => {
  it('gives a project its status, the day of its data and its marks; an update its day', () => {
    const documents = searchDocuments(buildSiteModel(content(), '2023-06-01'));
    const shown = (id: string) => documents.find((d) => d.id === id)!.shown;
    expect(shown('project:2022/late')).toBe('in-progress 2022-09-01 overdue stale:180');
    expect(shown('project:2022/done')).toBe('completed 2022-05-01');
    expect(shown('update:2022-09-01-visit')).toBe('2022-09-01');
    expect(documents.find((d) => d.kind === 'programme')!.shown).toBeUndefined();
  });

  it('names the staleness period site.json sets', () => {
    const documents = searchDocuments(buildSiteModel(content({ staleAfterDays: 90 }), '2023-06-01'));
    expect(documents.find((d) => d.id === 'project:2022/late')!.shown).toBe('in-progress 2022-09-01 overdue stale:90');
  });

  it('writes an update’s date to be shown in the page language, not into its detail line, and still finds it', () => {
    const documents = searchDocuments(buildSiteModel(content(), '2023-06-01'));
    const visit = documents.find((d) => d.id === 'update:2022-09-01-visit')!;
    expect(visit.detail).toBe('新建医院');
    expect(visit.text).toContain('2022-09-01');
  });

  it('stores the line as the seventh field of a document’s row, after the other script’s title and detail', () => {
    const documents = searchDocuments(buildSiteModel(content(), '2023-06-01'));
    const index = buildSearchIndex(documents, 'zh-Hans');
    const row = index.docs[documents.findIndex((d) => d.id === 'project:2022/late')]!;
    expect(row).toEqual(['project', '新建医院', '2022 · 东区', 'projects/2022/late', '', '', 'in-progress 2022-09-01 overdue stale:180']);
    const theme = index.docs[documents.findIndex((d) => d.kind === 'theme')]!;
    expect(theme).toHaveLength(4);
  });

  it('words a line of each kind', () => {
    const state = { status: 'delayed' as const, progress: 5, asOf: '2021-12', overdue: false, stale: true, history: [] };
    expect(shownLine({ state, staleAfterDays: 30 })).toBe('delayed 2021-12 stale:30');
    expect(shownLine({ date: '2022-05' })).toBe('2022-05');
  });
});
