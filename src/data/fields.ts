/**
 * What each key of the published items means, in the order the data page documents them
 * and the CSV files put their columns: shared by the files, their JSON Schemas, the
 * Frictionless descriptor and the data page.
 */
import type { Locale } from '../schemas/common.ts';
import { fieldDoc } from '../i18n/data.ts';
import type { Dataset } from './published.ts';

/** One documented key of an item: where it is in the JSON, what it means, and its CSV column if it has one. */
export interface FieldSpec {
  /** Dotted path in a JSON item, e.g. `fields.title`, `current.status`. */
  json: string;
  /** `<group>.<name>` of its label in src/i18n/data.ts (`field.<group>.<name>`). */
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
  if (!doc) throw new Error(`No label "field.${spec.doc}" in src/i18n/data.ts for ${spec.json}.`);
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
