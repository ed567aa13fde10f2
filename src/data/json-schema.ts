/**
 * JSON Schemas (draft 2020-12) generated from the zod schemas the checker uses, so that the
 * published definitions cannot drift from the rules applied. Two kinds, with names that say
 * which is which:
 *
 * - `/data/schema/<collection>.json`: one content entry as written in `content/` (a project
 *   file, a place file…), the input the checker accepts;
 * - `/data/<dataset>.schema.json`: a published file as downloaded (`projects.json`: the
 *   envelope and its items), whose items' `fields` are those entries as read, with omitted
 *   defaults filled in. The file names it in its `schema` key.
 *
 * zod cannot express its refinements in JSON Schema: the dates (a preprocess plus a
 * calendar check) would come out as bare strings and `[lon, lat]` as two bare numbers.
 * The override writes down what they accept, as a pattern and bounds a validator can
 * apply, and a description that says the rest (the calendar).
 */
import { z } from 'zod';
import type { Collection } from '../check/read.ts';
import { DayDateSchema, LonLatSchema, PartialDateSchema, type Locale } from '../schemas/common.ts';
import { COLLECTION_SCHEMAS } from '../schemas/index.ts';
import { translator } from '../i18n/index.ts';
import { fieldDoc, labelText } from '../i18n/data.ts';
import { FIELD_SPECS, specDoc } from './fields.ts';
import { FILE_SCHEMAS, fileSchemaPath, type Dataset } from './published.ts';

export const COLLECTIONS = Object.keys(COLLECTION_SCHEMAS) as Collection[];

export type JsonSchema = { [keyword: string]: unknown };

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with months 01–12 and days 01–31; the calendar check is in the description. */
export const PARTIAL_DATE_PATTERN = '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$';
export const DAY_DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';

/**
 * zod's JSON Schema of a schema, `input` (what a content file may say) or `output` (what
 * the checker makes of it, as the published files hold it), with the refinements written
 * down and without zod's artefacts.
 */
function fromZod(schema: z.ZodType, io: 'input' | 'output', locale: Locale): JsonSchema {
  const t = labelText(locale);
  const generated = z.toJSONSchema(schema, {
    io,
    // Anything else zod cannot represent is accepted rather than failing the build.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === PartialDateSchema) Object.assign(jsonSchema, { type: 'string', pattern: PARTIAL_DATE_PATTERN, description: t('schema.date') });
      if (zodSchema === DayDateSchema) Object.assign(jsonSchema, { type: 'string', pattern: DAY_DATE_PATTERN, format: 'date', description: t('schema.dayDate') });
      if (zodSchema === LonLatSchema) {
        jsonSchema.prefixItems = [
          { type: 'number', minimum: -180, maximum: 180, description: t('schema.lon') },
          { type: 'number', minimum: -90, maximum: 90, description: t('schema.lat') },
        ];
      }
    },
  });
  // A copy through JSON, so that no two places share a node that is described below.
  return withoutArtefacts(JSON.parse(JSON.stringify(generated)) as JsonSchema);
}

/**
 * The keywords zod adds that say nothing about the data: `z.number().int()` comes out as
 * bounded by ±(2^53 − 1), JavaScript's safe integers, which reads as if a year could be
 * −9007199254740991. Removed everywhere here, so that every published schema is clean.
 */
function withoutArtefacts(schema: JsonSchema): JsonSchema {
  const pending: unknown[] = [schema];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (node !== null && typeof node === 'object') {
      const keywords = node as JsonSchema;
      if (keywords.minimum === Number.MIN_SAFE_INTEGER) delete keywords.minimum;
      if (keywords.maximum === Number.MAX_SAFE_INTEGER) delete keywords.maximum;
      pending.push(...Object.values(keywords));
    }
  }
  return schema;
}

/** A title and a description on a node; what the node already says (a date's format) follows the description. */
function annotate(node: JsonSchema, doc: { label: string; about: string }, locale: Locale): void {
  const format = node.description;
  node.title = doc.label;
  node.description = format ? `${doc.about}${translator(locale)('list.semicolon')}${format}` : doc.about;
}

/** Titles and descriptions, in the site's language, on the properties of a collection's entry. */
function describeEntry(schema: JsonSchema, collection: Collection, locale: Locale): void {
  for (const [name, property] of Object.entries(schema.properties as Record<string, JsonSchema>)) {
    const doc = fieldDoc(locale, collection, name);
    if (doc) annotate(property, doc, locale);
  }
}

/** The JSON Schema of one content entry of a collection, as written, with titles and descriptions in the site's language. */
export function collectionSchema(collection: Collection, locale: Locale): JsonSchema {
  const t = labelText(locale);
  const schema = fromZod(COLLECTION_SCHEMAS[collection], 'input', locale);
  describeEntry(schema, collection, locale);
  return { ...schema, title: t(`data.schema.${collection}`), description: t('data.schema.entryAbout', { collection }) };
}

/** The node of a schema at a dotted path of properties (`current.status`), when there is one. */
export function propertyAt(schema: JsonSchema, path: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const key of path.split('.')) node = (node?.properties as Record<string, JsonSchema> | undefined)?.[key];
  return node;
}

/** The JSON Schema of a published file as downloaded: its envelope and its items, documented in the site's language. */
export function fileSchema(dataset: Dataset, locale: Locale): JsonSchema {
  const t = labelText(locale);
  const schema = fromZod(FILE_SCHEMAS[dataset], 'output', locale);
  const envelope = schema.properties as Record<string, JsonSchema>;
  for (const name of Object.keys(envelope)) {
    const doc = fieldDoc(locale, 'file', name === dataset ? 'items' : name);
    if (doc) annotate(envelope[name]!, doc, locale);
  }
  const item = envelope[dataset]!.items as JsonSchema;
  for (const spec of FIELD_SPECS[dataset]) {
    // The keys of `fields` are documented as the collection's entries are, below.
    if (spec.json.startsWith('fields.')) continue;
    const node = propertyAt(item, spec.json);
    if (!node) throw new Error(`${fileSchemaPath(dataset)} has no property ${spec.json}; FIELD_SPECS and src/data/published.ts disagree.`);
    annotate(node, specDoc(spec, locale), locale);
  }
  const current = propertyAt(item, 'current');
  if (current) annotate(current, fieldDoc(locale, 'record', 'current')!, locale);
  const fields = propertyAt(item, 'fields')!;
  annotate(fields, { label: fieldDoc(locale, 'record', 'fields')!.label, about: t('data.schema.fieldsAbout', { collection: dataset }) }, locale);
  describeEntry(fields, dataset, locale);
  return { ...schema, title: t('data.fileSchema.title', { file: `${dataset}.json` }), description: t('data.fileSchema.about', { file: `${dataset}.json`, collection: dataset }) };
}
