/**
 * A small JSON Schema (draft 2020-12) validator for the keywords `npm run schemas`
 * emits — enough to check in the tests that the published files accept the data the
 * kit accepts and reject what it rejects. Not a general validator: an unknown keyword
 * is an error here, so a new keyword in the output cannot be silently ignored.
 */
export type JsonSchema = Record<string, unknown>;

/** Keywords this validator understands (annotations included). */
export const KNOWN_KEYWORDS = new Set([
  '$schema', '$id', '$defs', '$ref', 'title', 'description',
  'type', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'propertyNames',
  'items', 'minItems', 'maxItems', 'minLength', 'maxLength', 'minimum', 'maximum', 'pattern', 'anyOf', 'oneOf',
]);

const typeOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v;

function typeMatches(expected: string, value: unknown): boolean {
  const actual = typeOf(value);
  return expected === actual || (expected === 'number' && actual === 'integer');
}

/** Problems of `value` against `schema` (`root` resolves `#/$defs/…`); empty when valid. */
export function validate(schema: JsonSchema, value: unknown, root: JsonSchema = schema, path = ''): string[] {
  const errors: string[] = [];
  const at = path || '(root)';
  for (const k of Object.keys(schema)) if (!KNOWN_KEYWORDS.has(k)) errors.push(`${at}: schema uses unsupported keyword ${k}`);
  if (typeof schema.$ref === 'string') {
    const m = /^#\/\$defs\/(.+)$/.exec(schema.$ref);
    const target = m ? (root.$defs as Record<string, JsonSchema> | undefined)?.[m[1]] : undefined;
    if (!target) return [...errors, `${at}: unresolvable $ref ${schema.$ref}`];
    errors.push(...validate(target, value, root, path));
  }
  if (typeof schema.type === 'string' && !typeMatches(schema.type, value)) return [...errors, `${at}: expected ${schema.type}, got ${typeOf(value)}`];
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => e === value)) errors.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if ('const' in schema && schema.const !== value) errors.push(`${at}: expected ${JSON.stringify(schema.const)}`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) errors.push(`${at}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === 'number' && [...value].length > schema.maxLength) errors.push(`${at}: longer than ${schema.maxLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${at}: does not match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${at}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${at}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${at}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(`${at}: more than ${schema.maxItems} items`);
    if (schema.items && typeof schema.items === 'object') value.forEach((v, i) => errors.push(...validate(schema.items as JsonSchema, v, root, `${path}[${i}]`)));
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in obj)) errors.push(`${at}: missing required ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      const sub = `${path ? `${path}.` : ''}${key}`;
      if (schema.propertyNames) errors.push(...validate(schema.propertyNames as JsonSchema, key, root, `${sub} (name)`));
      if (key in props) errors.push(...validate(props[key], v, root, sub));
      else if (schema.additionalProperties === false) errors.push(`${at}: unexpected property ${key}`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') errors.push(...validate(schema.additionalProperties as JsonSchema, v, root, sub));
    }
  }
  if (Array.isArray(schema.anyOf)) {
    const results = (schema.anyOf as JsonSchema[]).map((s) => validate(s, value, root, path));
    if (!results.some((r) => r.length === 0)) errors.push(`${at}: matches none of anyOf (${results.map((r) => r[0]).join(' | ')})`);
  }
  if (Array.isArray(schema.oneOf)) {
    const passing = (schema.oneOf as JsonSchema[]).filter((s) => validate(s, value, root, path).length === 0).length;
    if (passing !== 1) errors.push(`${at}: matches ${passing} of oneOf, expected exactly 1`);
  }
  return errors;
}
