/**
 * JSON Schema (draft 2020-12) of each collection, generated from the zod schemas the
 * checker uses, so that the published definition cannot drift from the rules applied.
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

export const COLLECTIONS = Object.keys(COLLECTION_SCHEMAS) as Collection[];

export type JsonSchema = { [keyword: string]: unknown };

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with months 01–12 and days 01–31; the calendar check is in the description. */
export const PARTIAL_DATE_PATTERN = '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$';
export const DAY_DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';

/** The JSON Schema of one collection's files, with titles and descriptions in the site's language. */
export function collectionSchema(collection: Collection, locale: Locale): JsonSchema {
  const t = labelText(locale);
  const semicolon = translator(locale)('list.semicolon');
  const schema = z.toJSONSchema(COLLECTION_SCHEMAS[collection], {
    io: 'input',
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
  }) as JsonSchema;
  const properties = schema.properties as Record<string, JsonSchema>;
  for (const [name, property] of Object.entries(properties)) {
    const doc = fieldDoc(locale, collection, name);
    if (!doc) continue;
    const format = property.description;
    properties[name] = { title: doc.label, ...property, description: format ? `${doc.about}${semicolon}${format}` : doc.about };
  }
  return { ...schema, title: t(`data.schema.${collection}`) };
}
