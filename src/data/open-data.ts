/**
 * The open-data files of `/data/`, made from the site model: every published project,
 * update and place as JSON, projects and updates as CSV too, and the JSON Schema of each
 * collection. Pure: the same model gives the same bytes, so that archives are reproducible.
 *
 * Each JSON item keeps the fields of its content file untouched under `fields` (valid
 * against `schema/<collection>.json`) and puts what the site works out beside them, so
 * that a field added to the format later can never collide with a derived key.
 */
import type { Collection } from '../check/read.ts';
import type { SiteModel } from '../model/site.ts';
import type { Locale } from '../schemas/common.ts';
import { toCsv, type Cell } from './csv.ts';
import { COLLECTIONS, collectionSchema } from './json-schema.ts';
import { fieldDoc, listSeparator } from '../i18n/data.ts';

export interface DataOptions {
  /** Page addresses of entries, absolute when the site has a base URL. */
  urls: { project(id: string): string; update(id: string): string; district(id: string): string };
  /** Markdown bodies as written, by entry id; items without one get no `body`. */
  bodies?: { projects?: ReadonlyMap<string, string>; updates?: ReadonlyMap<string, string> };
}

export type Dataset = 'projects' | 'updates' | 'districts';

/** One documented key of an item: where it is in the JSON, what it means, and its CSV column if it has one. */
export interface FieldSpec {
  /** Dotted path in a JSON item, e.g. `fields.title`, `current.status`. */
  json: string;
  /** `<group>.<name>` of its label in labels.ts (`field.<group>.<name>`). */
  doc: string;
  /** Column name in the CSV file; absent for keys only the JSON has. */
  csv?: string;
}

/** The keys of each dataset, in CSV column order; the data page documents them in this order. */
export const FIELD_SPECS: Record<Dataset, readonly FieldSpec[]> = {
  projects: [
    { json: 'id', doc: 'record.id', csv: 'id' },
    { json: 'url', doc: 'record.url', csv: 'url' },
    { json: 'fields.title', doc: 'projects.title', csv: 'title' },
    { json: 'fields.summary', doc: 'projects.summary', csv: 'summary' },
    { json: 'fields.programme', doc: 'projects.programme', csv: 'programme' },
    { json: 'fields.theme', doc: 'projects.theme', csv: 'theme' },
    { json: 'themeName', doc: 'derived.themeName', csv: 'themeName' },
    { json: 'fields.districts', doc: 'projects.districts', csv: 'districts' },
    { json: 'districtNames', doc: 'derived.districtNames', csv: 'districtNames' },
    { json: 'fields.leadDepartment', doc: 'projects.leadDepartment', csv: 'leadDepartment' },
    { json: 'fields.partners', doc: 'projects.partners', csv: 'partners' },
    { json: 'fields.leadOfficial', doc: 'projects.leadOfficial', csv: 'leadOfficial' },
    { json: 'fields.budget.amount', doc: 'derived.budgetAmount', csv: 'budgetAmount' },
    { json: 'fields.budget.currency', doc: 'derived.budgetCurrency', csv: 'budgetCurrency' },
    { json: 'fields.start', doc: 'projects.start', csv: 'start' },
    { json: 'fields.plannedEnd', doc: 'projects.plannedEnd', csv: 'plannedEnd' },
    { json: 'fields.status', doc: 'projects.status', csv: 'status' },
    { json: 'fields.progress', doc: 'projects.progress', csv: 'progress' },
    { json: 'fields.asOf', doc: 'projects.asOf', csv: 'asOf' },
    { json: 'fields.completed', doc: 'projects.completed', csv: 'completed' },
    { json: 'current.status', doc: 'derived.currentStatus', csv: 'currentStatus' },
    { json: 'current.progress', doc: 'derived.currentProgress', csv: 'currentProgress' },
    { json: 'current.completed', doc: 'derived.currentCompleted', csv: 'currentCompleted' },
    { json: 'current.asOf', doc: 'derived.currentAsOf', csv: 'currentAsOf' },
    { json: 'current.overdue', doc: 'derived.overdue', csv: 'overdue' },
    { json: 'fields.location.address', doc: 'derived.address', csv: 'address' },
    { json: 'fields.location.lon', doc: 'derived.lon', csv: 'lon' },
    { json: 'fields.location.lat', doc: 'derived.lat', csv: 'lat' },
    { json: 'fields.tags', doc: 'projects.tags', csv: 'tags' },
    { json: 'fields.milestones', doc: 'projects.milestones' },
    { json: 'fields.metrics', doc: 'projects.metrics' },
    { json: 'fields.images', doc: 'projects.images' },
    { json: 'fields.sources', doc: 'projects.sources' },
    { json: 'fields.publishDate', doc: 'projects.publishDate' },
    { json: 'body', doc: 'record.body' },
  ],
  updates: [
    { json: 'id', doc: 'record.id', csv: 'id' },
    { json: 'url', doc: 'record.url', csv: 'url' },
    { json: 'fields.date', doc: 'updates.date', csv: 'date' },
    { json: 'fields.title', doc: 'updates.title', csv: 'title' },
    { json: 'fields.kind', doc: 'updates.kind', csv: 'kind' },
    { json: 'fields.projects', doc: 'updates.projects', csv: 'projects' },
    { json: 'projectTitles', doc: 'derived.projectTitles', csv: 'projectTitles' },
    { json: 'fields.progress', doc: 'updates.progress', csv: 'progress' },
    { json: 'fields.status', doc: 'updates.status', csv: 'status' },
    { json: 'fields.participants', doc: 'updates.participants', csv: 'participants' },
    { json: 'fields.author', doc: 'updates.author', csv: 'author' },
    { json: 'changes', doc: 'derived.changes' },
    { json: 'fields.publishDate', doc: 'updates.publishDate' },
    { json: 'body', doc: 'record.body' },
  ],
  districts: [
    { json: 'id', doc: 'record.id' },
    { json: 'url', doc: 'record.url' },
    { json: 'fields.name', doc: 'districts.name' },
    { json: 'fields.level', doc: 'districts.level' },
    { json: 'fields.parent', doc: 'districts.parent' },
    { json: 'ancestors', doc: 'derived.ancestors' },
    { json: 'projectCount', doc: 'derived.projectCount' },
    { json: 'ownProjectCount', doc: 'derived.ownProjectCount' },
    { json: 'fields.population', doc: 'districts.population' },
    { json: 'fields.areaKm2', doc: 'districts.areaKm2' },
    { json: 'fields.centroid', doc: 'districts.centroid' },
    { json: 'fields.geometry', doc: 'districts.geometry' },
  ],
};

/** The label and meaning of a documented key, in the reader's language. */
export function specDoc(spec: FieldSpec, locale: Locale): { label: string; about: string } {
  const [group, name] = [spec.doc.slice(0, spec.doc.indexOf('.')), spec.doc.slice(spec.doc.indexOf('.') + 1)];
  const doc = fieldDoc(locale, group, name);
  if (!doc) throw new Error(`No label "field.${spec.doc}" in src/data/labels.ts for ${spec.json}.`);
  return doc;
}

/**
 * A CSV column header both spreadsheet users and programs read: the field name, a space
 * and its name in the site's language (`title 项目名称`); the field name alone in English.
 * Programs take the part before the first space.
 */
export function csvHeader(spec: FieldSpec, locale: Locale): string {
  if (spec.csv === undefined) throw new Error(`${spec.json} has no CSV column.`);
  return locale === 'en' ? spec.csv : `${spec.csv} ${specDoc(spec, locale).label}`;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What every data file starts with: whose data it is, under which licence, as of when. */
function header(model: SiteModel, dataset: Collection) {
  const { site } = model;
  return {
    title: site.title,
    publisher: site.publisher,
    ...(site.licence ? { licence: site.licence } : {}),
    ...(site.baseUrl ? { source: site.baseUrl } : {}),
    asOf: model.today,
    schema: `schema/${dataset}.json`,
  };
}

function withBody<T extends object>(item: T, body: string | undefined): T & { body?: string } {
  return body === undefined || body.trim() === '' ? item : { ...item, body };
}

export function projectsDocument(model: SiteModel, options: DataOptions) {
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

export function updatesDocument(model: SiteModel, options: DataOptions) {
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

export function districtsDocument(model: SiteModel, options: DataOptions) {
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
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8; header=present';

/** Every file of `/data/`, in the order the data page lists them. */
export function openDataFiles(model: SiteModel, options: DataOptions): DataFile[] {
  const locale = model.site.defaultLocale;
  const projects = projectsDocument(model, options);
  const updates = updatesDocument(model, options);
  return [
    { path: 'projects.json', contentType: JSON_TYPE, text: json(projects) },
    { path: 'projects.csv', contentType: CSV_TYPE, text: datasetCsv('projects', projects.projects, locale) },
    { path: 'updates.json', contentType: JSON_TYPE, text: json(updates) },
    { path: 'updates.csv', contentType: CSV_TYPE, text: datasetCsv('updates', updates.updates, locale) },
    { path: 'districts.json', contentType: JSON_TYPE, text: json(districtsDocument(model, options)) },
    ...COLLECTIONS.map((collection) => ({
      path: `schema/${collection}.json`,
      contentType: 'application/schema+json; charset=utf-8',
      text: json(collectionSchema(collection, locale)),
    })),
  ];
}
