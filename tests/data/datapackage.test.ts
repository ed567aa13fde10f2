/**
 * `/data/datapackage.json`, the Frictionless Data Package of the open data, on the fixture
 * and the demo: it lists every file of `/data/` with its size and checksum, the JSON files
 * with the schema each names, and every CSV column exactly as the header row has it, with
 * a type that every cell of the column satisfies.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDataFiles, type DataFile } from '../../src/data/open-data.ts';
import type { SiteModel } from '../../src/model/site.ts';
import { FIXTURE, ROOT } from '../helpers.ts';
import { fixtureModel } from './fixture-model.ts';

interface TableField { name: string; type: string; title: string; description: string; delimiter?: string; constraints?: { enum?: string[] } }
interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  format: string;
  mediatype: string;
  type?: string;
  schema?: string | { fields: TableField[]; primaryKey: string[] };
}
interface Package { $schema: string; title: string; resources: Resource[]; licenses?: { name: string }[] }

const sites = { fixture: FIXTURE, demo: join(ROOT, 'content') };
const published: Record<string, DataFile[]> = {};
let fixture: { model: SiteModel; options: Parameters<typeof openDataFiles>[1] };
beforeAll(async () => {
  for (const [name, dir] of Object.entries(sites)) {
    const site = await fixtureModel(dir);
    if (name === 'fixture') fixture = site;
    published[name] = openDataFiles(site.model, site.options);
  }
});

const descriptor = (files: DataFile[]) => JSON.parse(files.find((f) => f.path === 'datapackage.json')!.text) as Package;
const table = (resource: Resource) => resource.schema as { fields: TableField[]; primaryKey: string[] };

/** Whether a CSV cell holds a value of a Table Schema type, as a data tool would read it. */
function holds(field: TableField, cell: string): boolean {
  if (cell === '') return true;
  switch (field.type) {
    case 'integer':
      return /^-?\d+$/.test(cell);
    case 'number':
      return Number.isFinite(Number(cell));
    case 'boolean':
      return cell === 'true' || cell === 'false';
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(cell);
    case 'string':
      return field.constraints?.enum ? field.constraints.enum.includes(cell) : true;
    case 'list':
      return cell.split(field.delimiter!).every((item) => item !== '');
    default:
      return false;
  }
}

describe('datapackage.json', () => {
  for (const site of Object.keys(sites)) {
    it(`lists every other file of the ${site}’s /data/ once, with its size and SHA-256`, () => {
      const files = published[site]!;
      const { resources } = descriptor(files);
      expect(resources.map((r) => r.path)).toEqual(files.map((f) => f.path).filter((path) => path !== 'datapackage.json'));
      expect(new Set(resources.map((r) => r.name)).size).toBe(resources.length);
      for (const resource of resources) {
        const text = files.find((f) => f.path === resource.path)!.text;
        expect(resource.name, resource.path).toMatch(/^[a-z0-9._-]+$/);
        expect(resource.bytes, resource.path).toBe(Buffer.byteLength(text));
        expect(resource.hash, resource.path).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
      }
    });

    it(`names every CSV column of the ${site} exactly as its header row does, with a type every cell satisfies`, () => {
      const files = published[site]!;
      const csvs = descriptor(files).resources.filter((r) => r.format === 'csv');
      expect(csvs.map((r) => r.path)).toEqual(['projects.csv', 'updates.csv']);
      for (const resource of csvs) {
        expect(resource).toMatchObject({ type: 'table', mediatype: 'text/csv' });
        const [header, ...rows] = parse(files.find((f) => f.path === resource.path)!.text, { bom: true }) as string[][];
        const { fields, primaryKey } = table(resource);
        expect(fields.map((f) => f.name), resource.path).toEqual(header);
        expect(primaryKey).toEqual([header![0]]);
        for (const field of fields) {
          expect(field.title && field.description, field.name).toBeTruthy();
          for (const row of rows) expect(holds(field, row[header!.indexOf(field.name)]!), `${resource.path} ${row[0]} ${field.name}`).toBe(true);
        }
      }
    });

    it(`points each JSON file of the ${site} to the schema it names, itself a listed file`, () => {
      const files = published[site]!;
      const { resources } = descriptor(files);
      for (const resource of resources.filter((r) => r.path.endsWith('.json') && !r.path.includes('schema'))) {
        const named = (JSON.parse(files.find((f) => f.path === resource.path)!.text) as { schema: string }).schema;
        expect(resource).toMatchObject({ format: 'json', mediatype: 'application/json', schema: named });
        expect(resources.map((r) => r.path)).toContain(named);
      }
    });
  }

  it('is a Data Package v2 with the site’s title, licence and column types worked out from the zod schemas', () => {
    const pkg = descriptor(published.fixture!);
    expect(pkg).toMatchObject({ $schema: 'https://datapackage.org/profiles/2.0/datapackage.json', title: '测试民生开放数据', licenses: [{ name: 'CC-BY-4.0', title: 'CC BY 4.0' }] });
    const projects = table(pkg.resources.find((r) => r.path === 'projects.csv')!).fields;
    const type = (name: string) => projects.find((f) => f.name.split(' ')[0] === name);
    expect(type('programme')).toMatchObject({ name: 'programme 年度', type: 'integer', title: '年度' });
    expect(type('progress')).toMatchObject({ type: 'number' });
    expect(type('overdue')).toMatchObject({ type: 'boolean' });
    expect(type('partners')).toMatchObject({ type: 'list', delimiter: '、', itemType: 'string' });
    expect(type('currentStatus')).toMatchObject({ type: 'string', constraints: { enum: ['planned', 'in-progress', 'completed', 'delayed', 'suspended', 'cancelled'] } });
    expect(type('plannedEnd')!.description).toContain('YYYY-MM');
    const updates = table(pkg.resources.find((r) => r.path === 'updates.csv')!).fields;
    expect(updates.find((f) => f.name === 'date 日期')).toMatchObject({ type: 'date' });
  });

  it('uses the field names alone and "; " between items on an English site, and leaves out a licence that is no licence id', () => {
    const english = { ...fixture.model, site: { ...fixture.model.site, defaultLocale: 'en' as const, licence: '政府数据开放许可' } };
    const pkg = descriptor(openDataFiles(english, fixture.options));
    expect(pkg).not.toHaveProperty('licenses');
    const fields = table(pkg.resources.find((r) => r.path === 'projects.csv')!).fields;
    expect(fields.slice(0, 3).map((f) => f.name)).toEqual(['id', 'url', 'title']);
    expect(fields.find((f) => f.name === 'partners')).toMatchObject({ delimiter: '; ' });
  });
});
