/**
 * `/data/datapackage.json`: the open data described as a Frictionless Data Package (v2),
 * so that data tools can load it without reading the data page: every file of `/data/`
 * with its format, size and SHA-256; the JSON files with the JSON Schema each follows; the
 * CSV files as tables, every column with its name exactly as in the header row, its type,
 * title and meaning. Types come from the JSON Schemas, and so from the zod schemas.
 */
import { createHash } from 'node:crypto';
import type { SiteModel } from '../model/site.ts';
import type { Locale } from '../schemas/common.ts';
import { translator } from '../i18n/index.ts';
import { labelText, listSeparator, type LabelKey } from '../i18n/data.ts';
import { FIELD_SPECS, csvHeader, specDoc } from './fields.ts';
import { PARTIAL_DATE_PATTERN, propertyAt, type JsonSchema } from './json-schema.ts';
import type { DataFile } from './open-data.ts';
import { fileSchemaPath, type Dataset } from './published.ts';

const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

type Descriptor = Record<string, unknown>;

/** A Table Schema field type for a JSON Schema node: lists become `list` cells joined as the CSV joins them. */
function tableType(node: JsonSchema | undefined, locale: Locale): Descriptor {
  switch (node?.type) {
    case 'integer':
    case 'number':
    case 'boolean':
      return { type: node.type };
    case 'array':
      return { type: 'list', delimiter: listSeparator(locale), itemType: 'string' };
    case 'string':
      if (node.format === 'date') return { type: 'date' };
      return Array.isArray(node.enum) ? { type: 'string', constraints: { enum: node.enum } } : { type: 'string' };
    default:
      return { type: 'any' };
  }
}

/** The Table Schema of a dataset's CSV file: one field per column, named as the header row names it. */
function tableSchema(dataset: Dataset, schema: JsonSchema, locale: Locale): Descriptor {
  const item = (schema.properties as Record<string, JsonSchema>)[dataset]!.items as JsonSchema;
  const specs = FIELD_SPECS[dataset].filter((spec) => spec.csv !== undefined);
  const fields = specs.map((spec) => {
    const doc = specDoc(spec, locale);
    const node = propertyAt(item, spec.json);
    // Dates at the precision of the source have no Table Schema type: say how they are written.
    const description = node?.pattern === PARTIAL_DATE_PATTERN ? `${doc.about}${translator(locale)('list.semicolon')}${labelText(locale)('schema.date')}` : doc.about;
    return { name: csvHeader(spec, locale), title: doc.label, description, ...tableType(node, locale) };
  });
  return { fields, primaryKey: [fields[0]!.name] };
}

/** An Open Definition licence id from the text of `site.json` (`CC BY 4.0` → `CC-BY-4.0`), when it reads as one. */
function licenceId(licence: string): string | undefined {
  const id = licence.trim().replace(/\s+/g, '-');
  return /^[-a-zA-Z0-9._]+$/.test(id) ? id : undefined;
}

function resource(file: DataFile, fileSchemas: ReadonlyMap<Dataset, JsonSchema>, locale: Locale): Descriptor {
  const l = labelText(locale);
  const common = {
    name: file.path.replace(/\//g, '-'),
    path: file.path,
    bytes: Buffer.byteLength(file.text),
    hash: `sha256:${createHash('sha256').update(file.text).digest('hex')}`,
    encoding: 'utf-8',
  };
  if (file.role === 'data' && file.path.endsWith('.csv')) {
    return {
      ...common,
      type: 'table',
      title: l(`data.${file.dataset!}`),
      description: l('data.package.csv', { file: `${file.dataset}.json` }),
      format: 'csv',
      mediatype: 'text/csv',
      dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
      schema: tableSchema(file.dataset!, fileSchemas.get(file.dataset!)!, locale),
    };
  }
  if (file.role === 'data') {
    // A JSON data resource names its JSON Schema, as Frictionless's JSON Data Resource recipe has it.
    return { ...common, title: l(`data.${file.dataset!}`), description: l(`data.file.${file.path}` as LabelKey), format: 'json', mediatype: 'application/json', schema: fileSchemaPath(file.dataset!) };
  }
  // A schema describes itself: its title and description say which file or content it is the format of.
  const schema = JSON.parse(file.text) as { title: string; description: string };
  return { ...common, title: schema.title, description: schema.description, format: 'json', mediatype: 'application/schema+json' };
}

/**
 * The descriptor of every file given (all of `/data/` but the descriptor itself), in the
 * site's language; `fileSchemas` are the JSON Schemas of the data files, as published.
 */
export function dataPackage(model: SiteModel, files: readonly DataFile[], fileSchemas: ReadonlyMap<Dataset, JsonSchema>): Descriptor {
  const { site } = model;
  const locale = site.defaultLocale;
  const l = labelText(locale);
  const licence = site.licence ? l('data.licence', { licence: site.licence, publisher: site.publisher }) : l('data.noLicence', { publisher: site.publisher });
  const id = site.licence ? licenceId(site.licence) : undefined;
  return {
    $schema: DATA_PACKAGE_PROFILE,
    title: l('data.packageTitle', { title: site.title }),
    description: `${l('data.intro')}${locale === 'en' ? ' ' : ''}${licence}`,
    ...(site.baseUrl ? { homepage: new URL('/data/', site.baseUrl).href } : {}),
    ...(id ? { licenses: [{ name: id, title: site.licence }] } : {}),
    contributors: [{ title: site.publisher, roles: ['publisher'] }],
    resources: files.map((file) => resource(file, fileSchemas, locale)),
  };
}
