/**
 * A small JSON Schema (2020-12) validator for the keywords the generated schemas use, so
 * that the tests can check published JSON against them without a validator package. A
 * keyword it does not know is an error, so that a schema which starts using one is
 * noticed here rather than checked loosely.
 */
type Schema = boolean | { [keyword: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', 'examples']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Every way `value` breaks `schema`, as `path: what` lines; empty when it is valid. */
export function validate(schema: Schema, value: unknown, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: not allowed`];
  const errors: string[] = [];
  for (const [keyword, rule] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case 'type': {
        const types = [rule].flat() as string[];
        if (!types.some((t) => hasType(value, t))) errors.push(`${path}: expected ${types.join(' or ')}, found ${typeOf(value)}`);
        break;
      }
      case 'enum':
        if (!(rule as unknown[]).some((option) => option === value)) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(rule)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value)) errors.push(`${path}: "${value}" does not match ${rule}`);
        break;
      case 'format':
        if (typeof value === 'string' && rule === 'uri' && !URL.canParse(value)) errors.push(`${path}: "${value}" is not a URI`);
        if (typeof value === 'string' && rule === 'date' && Number.isNaN(Date.parse(`${value}T00:00:00Z`))) errors.push(`${path}: "${value}" is not a date`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (rule as number)) errors.push(`${path}: shorter than ${rule}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (rule as number)) errors.push(`${path}: ${value} is below ${rule}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (rule as number)) errors.push(`${path}: ${value} is above ${rule}`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (rule as number)) errors.push(`${path}: fewer than ${rule} items`);
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > (rule as number)) errors.push(`${path}: more than ${rule} items`);
        break;
      case 'required':
        if (typeOf(value) === 'object') for (const name of rule as string[]) if (!(name in (value as object))) errors.push(`${path}.${name}: required`);
        break;
      case 'properties':
        if (typeOf(value) === 'object') {
          for (const [name, sub] of Object.entries(rule as Record<string, Schema>)) {
            if (name in (value as object)) errors.push(...validate(sub, (value as Record<string, unknown>)[name], `${path}.${name}`));
          }
        }
        break;
      case 'additionalProperties':
        if (typeOf(value) === 'object') {
          const known = Object.keys((schema.properties ?? {}) as object);
          for (const [name, sub] of Object.entries(value as object)) if (!known.includes(name)) errors.push(...validate(rule as Schema, sub, `${path}.${name}`));
        }
        break;
      case 'prefixItems':
        if (Array.isArray(value)) (rule as Schema[]).forEach((sub, i) => i < value.length && errors.push(...validate(sub, value[i], `${path}[${i}]`)));
        break;
      case 'items':
        if (Array.isArray(value)) {
          const from = Array.isArray(schema.prefixItems) ? schema.prefixItems.length : 0;
          value.slice(from).forEach((item, i) => errors.push(...validate(rule as Schema, item, `${path}[${from + i}]`)));
        }
        break;
      case 'anyOf':
        if (!(rule as Schema[]).some((sub) => validate(sub, value, path).length === 0)) errors.push(`${path}: matches none of anyOf`);
        break;
      default:
        throw new Error(`${path}: the keyword "${keyword}" is not checked by this validator; teach it before trusting the result.`);
    }
  }
  return errors;
}
