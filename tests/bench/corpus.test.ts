/**
 * The benchmark's generated corpus: valid content (the build refuses anything else, and
 * would then time nothing), a realistic mix of what the format allows, and the same bytes
 * on every run, so that timings of two commits compare the same work.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DATE, generateCorpus, projectsPerYear, YEARS, type Corpus } from '../../bench/corpus.ts';
import { listFiles, writeCorpus } from '../../bench/measure.ts';
import { checkContent, formatProblem, siteContentOf, type CheckResult } from '../../src/check/index.ts';
import { compareDates } from '../../src/model/dates.ts';
import { buildSiteModel, type SiteModel } from '../../src/model/site.ts';
import { STATUSES } from '../../src/schemas/common.ts';
import { DISTRICT_LEVELS } from '../../src/schemas/district.ts';

const temp = mkdtempSync(join(tmpdir(), 'minsheng-bench-corpus-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('a generated corpus of 30 projects', () => {
  let corpus: Corpus;
  let checked: CheckResult;
  let model: SiteModel;
  const content = join(temp, 'content');

  beforeAll(async () => {
    corpus = generateCorpus({ projects: 30 });
    writeCorpus(content, corpus.files);
    checked = await checkContent({ contentDir: content, today: BUILD_DATE, lang: 'en', cwd: temp });
    model = buildSiteModel(siteContentOf(checked.content)!, BUILD_DATE);
  });

  it('passes the checker without a single problem', () => {
    expect(checked.problems.map((p) => formatProblem(p, 'en'))).toEqual([]);
  });

  it('has the projects asked for, four updates each, split over five programme years', () => {
    expect(corpus.projects).toBe(30);
    expect(corpus.updates).toBe(120);
    expect(model.projects).toHaveLength(30);
    expect(model.updates).toHaveLength(120);
    expect(model.programmes.map((p) => [p.data.year, p.projects.length])).toEqual([...YEARS].reverse().map((year) => [year, 6]));
  });

  it('shows every status, and completed projects at 100 % with a completion date', () => {
    expect(new Set(model.projects.map((p) => p.state.status))).toEqual(new Set(STATUSES));
    const completed = model.projects.filter((p) => p.state.status === 'completed');
    for (const project of completed) {
      expect(project.state.progress).toBe(100);
      expect(project.state.completed).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    }
    // Some were entered complete, with the `completed` field; others were completed by an update.
    expect(completed.some((p) => p.data.completed !== undefined)).toBe(true);
    expect(completed.some((p) => p.data.completed === undefined)).toBe(true);
  });

  it('has progress rising by date, corrected downwards only by corrections', () => {
    const kinds = new Set(model.updates.map((u) => u.data.kind));
    for (const kind of ['progress', 'milestone', 'inspection', 'public-visit', 'completion', 'correction']) expect(kinds).toContain(kind);
    const corrections = model.updates.filter((u) => u.data.kind === 'correction');
    expect(corrections.some((u) => u.changes.some((c) => c.from && c.to.progress < c.from.progress))).toBe(true);
    expect(model.projects.some((p) => p.state.history.at(-1)!.progress > p.state.history[0]!.progress)).toBe(true);
  });

  it('dates nothing after the build date it is generated for', () => {
    for (const update of model.updates) expect(compareDates(update.data.date, BUILD_DATE)).toBeLessThanOrEqual(0);
    for (const project of model.projects) expect(compareDates(project.data.asOf, BUILD_DATE)).toBeLessThanOrEqual(0);
  });

  it('mixes the optional fields of a project', () => {
    const has = (field: string) => model.projects.filter((p) => (p.data as Record<string, unknown>)[field] !== undefined).length;
    for (const field of ['summary', 'budget', 'start', 'plannedEnd', 'milestones', 'metrics', 'partners', 'sources', 'tags', 'location']) {
      expect(has(field), field).toBeGreaterThan(0);
      expect(has(field), field).toBeLessThan(30);
    }
  });

  it('writes Chinese titles and bodies of two to four paragraphs', () => {
    for (const project of checked.content.projects) {
      expect(project.data.title).toMatch(/^\p{Script=Han}/u);
      const paragraphs = (project.file.body ?? '').split(/\n\n+/).filter((p) => p.trim() !== '' && !p.startsWith('|'));
      expect(paragraphs.length).toBeGreaterThanOrEqual(2);
      expect(paragraphs.length).toBeLessThanOrEqual(4);
    }
  });

  it('places projects in a tree of a city, its counties, towns and villages', () => {
    const levels = model.tree.roots.map((r) => r.data.level);
    expect(levels).toEqual(['city']);
    const city = model.tree.roots[0]!;
    expect(city.children).toHaveLength(8);
    for (const county of city.children) {
      expect(county.children).toHaveLength(10);
      for (const town of county.children) expect(town.children.length).toBeGreaterThanOrEqual(2);
    }
    for (const node of model.tree.nodes.values()) {
      expect(DISTRICT_LEVELS).toContain(node.data.level);
      expect(node.data.centroid).toBeDefined();
    }
  });

  it('publishes one more update that the checker accepts and that moves its project forward', async () => {
    const { update, projectId } = corpus.publish;
    expect(corpus.files.some((f) => f.path === update.path)).toBe(false);
    writeCorpus(content, [update]);
    const after = await checkContent({ contentDir: content, today: BUILD_DATE, lang: 'en', cwd: temp });
    expect(after.problems.map((p) => formatProblem(p, 'en'))).toEqual([]);
    const next = buildSiteModel(siteContentOf(after.content)!, BUILD_DATE);
    const before = model.projectById.get(projectId)!.state.progress;
    expect(next.projectById.get(projectId)!.state.progress).toBeGreaterThan(before);
    expect(next.updates[0]!.data.date).toBe(BUILD_DATE);
  });
});

describe('the generator', () => {
  it('writes byte-identical files on two runs with the same seed', () => {
    const [a, b] = ['a', 'b'].map((name) => {
      const dir = join(temp, name);
      writeCorpus(dir, generateCorpus({ projects: 30 }).files);
      return dir;
    });
    const files = listFiles(a!);
    expect(listFiles(b!)).toEqual(files);
    for (const file of files) expect(readFileSync(join(b!, file), 'utf8'), file).toBe(readFileSync(join(a!, file), 'utf8'));
  });

  it('writes another corpus for another seed', () => {
    const text = (seed: number) => generateCorpus({ projects: 30, seed }).files.map((f) => f.text).join('');
    expect(text(2)).not.toBe(text(1));
  });

  it('splits projects evenly over the years, the remainder to the newest', () => {
    expect(projectsPerYear(5000)).toEqual([1000, 1000, 1000, 1000, 1000]);
    expect(projectsPerYear(32)).toEqual([6, 6, 6, 7, 7]);
  });
});
