/**
 * The open-data files of `/data/`, made from the site model: every published project,
 * update and place as JSON, projects and updates as CSV too, the JSON Schema of each JSON
 * file and of each collection's content entries, and a Frictionless descriptor of them all.
 * Pure: the same model gives the same bytes, so that archives are reproducible.
 *
 * Each JSON item keeps the fields of its content file untouched under `fields` (valid
 * against `schema/<collection>.json`) and puts what the site works out beside them, so
 * that a field added to the format later can never collide with a derived key. The whole
 * file is valid against `<dataset>.schema.json`, which its `schema` key names.
 */
import type { SiteModel } from '../model/site.ts';
import type { Locale } from '../schemas/common.ts';
import { toCsv, type Cell } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { FIELD_SPECS, csvHeader } from './fields.ts';
import { COLLECTIONS, collectionSchema, fileSchema } from './json-schema.ts';
import { DATASETS, fileSchemaPath, type Dataset, type DistrictsFile, type ProjectsFile, type UpdatesFile } from './published.ts';
import { listSeparator } from '../i18n/data.ts';

export { FIELD_SPECS, csvHeader, specDoc, type FieldSpec } from './fields.ts';
export type { Dataset } from './published.ts';

export interface DataOptions {
  /** Page addresses of entries, absolute when the site has a base URL. */
  urls: { project(id: string): string; update(id: string): string; district(id: string): string };
  /** Markdown bodies as written, by entry id; items without one get no `body`. */
  bodies?: { projects?: ReadonlyMap<string, string>; updates?: ReadonlyMap<string, string> };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What every data file starts with: whose data it is, under which licence, as of when, and the schema it follows. */
function header<D extends Dataset>(model: SiteModel, dataset: D) {
  const { site } = model;
  return {
    title: site.title,
    publisher: site.publisher,
    ...(site.licence ? { licence: site.licence } : {}),
    ...(site.baseUrl ? { source: site.baseUrl } : {}),
    asOf: model.today,
    schema: fileSchemaPath(dataset),
  };
}

function withBody<T extends object>(item: T, body: string | undefined): T & { body?: string } {
  return body === undefined || body.trim() === '' ? item : { ...item, body };
}

export function projectsDocument(model: SiteModel, options: DataOptions): ProjectsFile {
  const projects = [...model.projects].sort(byId).map((project) => {
    const { state } = project;
    const item = {
      id: project.id,
      url: options.urls.project(project.id),
      current: {
        status: state.status,
        progress: state.progress,
        ...(state.completed ? { completed: state.completed } : {}),
        asOf: state.asOf,
        overdue: state.overdue,
      },
      themeName: model.themeById.get(project.data.theme)?.data.name,
      districtNames: project.data.districts.map((id) => model.tree.nodes.get(id)?.data.name ?? id),
      fields: project.data,
    };
    return withBody(item, options.bodies?.projects?.get(project.id));
  });
  return { ...header(model, 'projects'), projects };
}

export function updatesDocument(model: SiteModel, options: DataOptions): UpdatesFile {
  const updates = [...model.updates].sort(byId).map((update) => {
    const item = {
      id: update.id,
      url: options.urls.update(update.id),
      projectTitles: update.projects.map((p) => p.data.title),
      changes: update.changes.map((change) => ({
        project: change.project.id,
        ...(change.from ? { from: { status: change.from.status, progress: change.from.progress } } : {}),
        to: { status: change.to.status, progress: change.to.progress },
      })),
      fields: update.data,
    };
    return withBody(item, options.bodies?.updates?.get(update.id));
  });
  return { ...header(model, 'updates'), updates };
}

export function districtsDocument(model: SiteModel, options: DataOptions): DistrictsFile {
  const own = new Map<string, number>();
  for (const project of model.projects) for (const id of new Set(project.data.districts)) own.set(id, (own.get(id) ?? 0) + 1);
  const districts = [...model.tree.nodes.values()].sort(byId).map((node) => {
    const ancestors: string[] = [];
    for (let up = node.parent; up; up = up.parent) ancestors.unshift(up.id);
    return {
      id: node.id,
      url: options.urls.district(node.id),
      ancestors,
      projectCount: model.projectsByDistrict.get(node.id)?.length ?? 0,
      ownProjectCount: own.get(node.id) ?? 0,
      fields: node.data,
    };
  });
  return { ...header(model, 'districts'), districts };
}

/** The value at a dotted path of an item. */
function at(item: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), item);
}

/** One CSV row per item, the columns of `FIELD_SPECS`; lists joined with the locale's separator. */
export function datasetCsv(dataset: Dataset, items: readonly object[], locale: Locale): string {
  const specs = FIELD_SPECS[dataset].filter((spec) => spec.csv !== undefined);
  const rows = items.map((item) =>
    specs.map((spec): Cell => {
      const value = at(item, spec.json);
      if (Array.isArray(value)) return value.join(listSeparator(locale));
      if (value !== null && typeof value === 'object') throw new Error(`${spec.json} is a group of fields and cannot fill one CSV cell.`);
      return value as Cell;
    }),
  );
  return toCsv(specs.map((spec) => csvHeader(spec, locale)), rows);
}

export interface DataFile {
  /** Path below `/data/`. */
  path: string;
  contentType: string;
  text: string;
  /**
   * What the file is: a data file (JSON or CSV), the JSON Schema of a published JSON file,
   * the JSON Schema of a collection's content entries, or the Frictionless descriptor.
   */
  role: 'data' | 'file-schema' | 'entry-schema' | 'package';
  /** The dataset a data file or file schema is about. */
  dataset?: Dataset;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
const SCHEMA_TYPE = 'application/schema+json; charset=utf-8';

/** Every file of `/data/`, in the order the data page lists them. */
export function openDataFiles(model: SiteModel, options: DataOptions): DataFile[] {
  const locale = model.site.defaultLocale;
  const projects = projectsDocument(model, options);
  const updates = updatesDocument(model, options);
  // Generated once: published, and read again by the data package for the CSV columns' types.
  const fileSchemas = new Map(DATASETS.map((dataset) => [dataset, fileSchema(dataset, locale)] as const));
  const files: DataFile[] = [
    { path: 'projects.json', contentType: JSON_TYPE, text: json(projects), role: 'data', dataset: 'projects' },
    { path: 'projects.csv', contentType: CSV_TYPE, text: datasetCsv('projects', projects.projects, locale), role: 'data', dataset: 'projects' },
    { path: 'updates.json', contentType: JSON_TYPE, text: json(updates), role: 'data', dataset: 'updates' },
    { path: 'updates.csv', contentType: CSV_TYPE, text: datasetCsv('updates', updates.updates, locale), role: 'data', dataset: 'updates' },
    { path: 'districts.json', contentType: JSON_TYPE, text: json(districtsDocument(model, options)), role: 'data', dataset: 'districts' },
    ...DATASETS.map((dataset): DataFile => ({ path: fileSchemaPath(dataset), contentType: SCHEMA_TYPE, text: json(fileSchemas.get(dataset)), role: 'file-schema', dataset })),
    ...COLLECTIONS.map((collection): DataFile => ({ path: `schema/${collection}.json`, contentType: SCHEMA_TYPE, text: json(collectionSchema(collection, locale)), role: 'entry-schema' })),
  ];
  return [...files, { path: 'datapackage.json', contentType: JSON_TYPE, text: json(dataPackage(model, files, fileSchemas)), role: 'package' }];
}
