/**
 * An independent JSON Schema (2020-12) validator for the tests: Ajv in strict mode, with
 * the standard formats. The site never uses it; it checks what the site publishes, as a
 * reader of the open data would.
 */
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** A fresh validator: strict, so that a schema with an unknown keyword or format fails to compile rather than checking loosely. */
export function ajv(): Ajv2020 {
  const validator = new Ajv2020({ strict: true, allErrors: true });
  addFormats(validator);
  return validator;
}

/** Every way `value` breaks `schema`, as `<JSON pointer> <what>` lines; empty when it is valid. */
export function schemaErrors(schema: object, value: unknown): string[] {
  const validate = ajv().compile(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || '/'} ${error.message}${error.keyword === 'additionalProperties' ? `: ${String(error.params.additionalProperty)}` : ''}`);
}
