/**
 * The JSON Schemas generated from the zod schemas, checked with Ajv (a validator we did not
 * write): each published file valid against the schema it names, content valid against
 * the schema of its collection, strict where the checker is, and free of zod's artefacts.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/check/read.ts';
import { COLLECTIONS, collectionSchema, fileSchema } from '../../src/data/json-schema.ts';
import { openDataFiles, type DataFile } from '../../src/data/open-data.ts';
import { DATASETS } from '../../src/data/published.ts';
import { FIXTURE, ROOT } from '../helpers.ts';
import { ajv, schemaErrors } from './ajv.ts';
import { fixtureModel } from './fixture-model.ts';

const sites = { fixture: FIXTURE, demo: join(ROOT, 'content') };
const published: Record<string, DataFile[]> = {};
beforeAll(async () => {
  for (const [name, dir] of Object.entries(sites)) {
    const { model, options } = await fixtureModel(dir);
    published[name] = openDataFiles(model, options);
  }
});

const file = (site: string, path: string) => {
  const found = published[site]!.find((f) => f.path === path);
  if (!found) throw new Error(`${site} publishes no /data/${path}`);
  return JSON.parse(found.text) as Record<string, unknown> & { schema: string };
};

describe('the published JSON files', () => {
  for (const site of Object.keys(sites)) {
    it(`of the ${site} are each valid, as downloaded, against the schema they name`, () => {
      for (const dataset of DATASETS) {
        const doc = file(site, `${dataset}.json`);
        expect((doc[dataset] as unknown[]).length, `${site} ${dataset}`).toBeGreaterThan(0);
        expect(schemaErrors(file(site, doc.schema), doc), `${site} ${dataset}.json`).toEqual([]);
        expect(doc.schema).toBe(`${dataset}.schema.json`);
      }
    });
  }

  it('have items whose fields are valid against the schema of their collection’s content entries', () => {
    for (const dataset of DATASETS) {
      const doc = file('fixture', `${dataset}.json`);
      const validate = ajv().compile(file('fixture', `schema/${dataset}.json`));
      for (const item of doc[dataset] as { id: string; fields: unknown }[]) expect(validate(item.fields), `${dataset} ${item.id}`).toBe(true);
    }
  });

  it('are refused by their schema when the envelope or an item is not as published', () => {
    const doc = file('fixture', 'projects.json');
    const schema = file('fixture', 'projects.schema.json');
    const [first, ...rest] = doc.projects as Record<string, unknown>[];
    const { fields: _, ...withoutFields } = first!;
    expect(schemaErrors(schema, { ...doc, projects: [withoutFields, ...rest] })).toEqual(["/projects/0 must have required property 'fields'"]);
    expect(schemaErrors(schema, { ...doc, schema: 'schema/projects.json' })).toEqual(['/schema must be equal to constant']);
    expect(schemaErrors(schema, { ...doc, asOf: '2026-02-30x' })).toEqual(['/asOf must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"', '/asOf must match format "date"']);
    const current = { ...(first!.current as object), progress: 120 };
    expect(schemaErrors(schema, { ...doc, projects: [{ ...first, current }, ...rest] })).toEqual(['/projects/0/current/progress must be <= 100']);
  });
});

describe('the schemas', () => {
  it('accept every content file of the fixture and of the demo site, as the checker reads them', () => {
    const validator = ajv();
    const validators = new Map(COLLECTIONS.map((c) => [c, validator.compile(collectionSchema(c, 'zh-Hans'))]));
    for (const dir of Object.values(sites)) {
      const { files } = readContent(dir);
      for (const entry of files) {
        // YAML reads an unquoted 2022-06-30 as a date; the checker turns it back into the text written.
        const data = JSON.parse(JSON.stringify(entry.data, (_, v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(v) ? v.slice(0, 10) : v)));
        const validate = validators.get(entry.collection)!;
        expect(validate(data) ? [] : validate.errors, entry.path).toEqual([]);
      }
    }
  });

  it('refuse what the checker refuses: impossible dates, missing required fields, out-of-range numbers', () => {
    const projects = collectionSchema('projects', 'en');
    const good = { title: 'T', programme: 2022, theme: 'x', districts: ['d'], status: 'planned', progress: 0, asOf: '2022-03', leadDepartment: 'L' };
    expect(schemaErrors(projects, good)).toEqual([]);
    expect(schemaErrors(projects, { ...good, asOf: '2022-13' })).toEqual(['/asOf must match pattern "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"']);
    expect(schemaErrors(projects, { ...good, progress: 120, districts: [] })).toEqual(['/districts must NOT have fewer than 1 items', '/progress must be <= 100']);
    const { title: _, ...untitled } = good;
    expect(schemaErrors(projects, untitled)).toEqual(["/ must have required property 'title'"]);
    expect(schemaErrors(collectionSchema('updates', 'en'), { date: '2022-06', title: 'T', projects: ['2022/x'], kind: 'progress' })[0]).toMatch(/^\/date must match pattern/);
    expect(schemaErrors(collectionSchema('districts', 'en'), { name: 'N', level: 'city', centroid: [200, 30] })).toEqual(['/centroid/0 must be <= 180']);
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

  it('say which is which: a published file’s schema names the file, a content entry’s its folder', () => {
    expect(fileSchema('projects', 'en')).toMatchObject({ title: 'Format of projects.json', description: expect.stringContaining('schema/projects.json') });
    expect(collectionSchema('projects', 'en').description).toBe('The format of one content file of content/projects/: the rules the site checks its content with.');
    const item = (fileSchema('updates', 'zh-Hans').properties as { updates: { items: { properties: Record<string, { title?: string }> } } }).updates.items.properties;
    expect(item.fields!.title).toBe('所填字段');
    expect(item.projectTitles!.title).toBe('项目名称');
  });

  it('are draft 2020-12, compile in Ajv’s strict mode and carry no safe-integer bounds', () => {
    const schemas = [...COLLECTIONS.map((c) => collectionSchema(c, 'en')), ...DATASETS.map((d) => fileSchema(d, 'en'))];
    for (const schema of schemas) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(() => ajv().compile(schema), String(schema.title)).not.toThrow();
      // zod writes z.number().int() as bounded by ±(2^53 − 1): a year of -9007199254740991.
      expect(JSON.stringify(schema), String(schema.title)).not.toMatch(/9007199254740991/);
    }
    expect(collectionSchema('projects', 'en').properties).toMatchObject({ programme: { type: 'integer' } });
    expect((collectionSchema('projects', 'en').properties as Record<string, object>).programme).not.toHaveProperty('minimum');
  });
});
