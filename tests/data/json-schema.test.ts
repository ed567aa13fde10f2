/** The JSON Schemas generated from the zod schemas: valid for the published data and for the content, strict where the checker is. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/check/read.ts';
import { COLLECTIONS, collectionSchema } from '../../src/data/json-schema.ts';
import { openDataFiles, type DataOptions } from '../../src/data/open-data.ts';
import type { SiteModel } from '../../src/model/site.ts';
import { FIXTURE, ROOT } from '../helpers.ts';
import { fixtureModel } from './fixture-model.ts';
import { validate } from './json-schema-check.ts';

let model: SiteModel;
let options: DataOptions;
beforeAll(async () => ({ model, options } = await fixtureModel()));

const published = (path: string) => JSON.parse(openDataFiles(model, options).find((f) => f.path === path)!.text);
const schemaOf = (path: string) => JSON.parse(openDataFiles(model, options).find((f) => f.path === path)!.text);

describe('the published JSON', () => {
  it('has fields that validate against the published schema of their collection', () => {
    for (const [file, list] of [['projects.json', 'projects'], ['updates.json', 'updates'], ['districts.json', 'districts']] as const) {
      const doc = published(file);
      const schema = schemaOf(doc.schema);
      expect(doc[list].length).toBeGreaterThan(0);
      for (const item of doc[list]) expect(validate(schema, item.fields), `${file} ${item.id}`).toEqual([]);
    }
  });
});

describe('the schemas', () => {
  it('accept every content file of the fixture and of the demo site, as the checker reads them', () => {
    for (const dir of [FIXTURE, join(ROOT, 'content')]) {
      const { files } = readContent(dir);
      for (const file of files) {
        // YAML reads an unquoted 2022-06-30 as a date; the checker turns it back into the text written.
        const data = JSON.parse(JSON.stringify(file.data, (_, v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(v) ? v.slice(0, 10) : v)));
        expect(validate(collectionSchema(file.collection, 'zh-Hans'), data), file.path).toEqual([]);
      }
    }
  });

  it('refuse what the checker refuses: impossible dates, missing required fields, out-of-range numbers', () => {
    const projects = collectionSchema('projects', 'en');
    const good = { title: 'T', programme: 2022, theme: 'x', districts: ['d'], status: 'planned', progress: 0, asOf: '2022-03', leadDepartment: 'L' };
    expect(validate(projects, good)).toEqual([]);
    expect(validate(projects, { ...good, asOf: '2022-13' })).toEqual(['$.asOf: "2022-13" does not match ^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$']);
    expect(validate(projects, { ...good, progress: 120, districts: [] })).toEqual(['$.districts: fewer than 1 items', '$.progress: 120 is above 100']);
    const { title: _, ...untitled } = good;
    expect(validate(projects, untitled)).toEqual(['$.title: required']);
    expect(validate(collectionSchema('updates', 'en'), { date: '2022-06', title: 'T', projects: ['2022/x'], kind: 'progress' })[0]).toMatch(/^\$\.date: "2022-06" does not match/);
    expect(validate(collectionSchema('districts', 'en'), { name: 'N', level: 'city', centroid: [200, 30] })).toEqual(['$.centroid[0]: 200 is above 180']);
  });

  it('document every field in the site language, dates with their pattern', () => {
    const schema = collectionSchema('projects', 'zh-Hans') as { title: string; properties: Record<string, { title?: string; description?: string; pattern?: string }> };
    expect(schema.title).toBe('项目（projects/）');
    for (const [name, property] of Object.entries(schema.properties)) {
      expect(property.title, name).toBeTruthy();
      expect(property.description, name).toBeTruthy();
    }
    expect(schema.properties.plannedEnd).toMatchObject({ title: '完成时限', pattern: expect.stringContaining('[0-9]{4}') });
    expect(schema.properties.plannedEnd!.description).toContain('YYYY-MM');
    expect(collectionSchema('site', 'en').title).toBe('Site settings (site.json)');
  });

  it('are draft 2020-12 and stay within the keywords the check above understands', () => {
    for (const collection of COLLECTIONS) {
      const schema = collectionSchema(collection, 'en');
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      // Throws on any keyword the validator does not know.
      validate(schema, {});
    }
  });
});
