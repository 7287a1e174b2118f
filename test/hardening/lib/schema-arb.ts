/**
 * Values from a JSON Schema (the server's own /openapi.json): mostly valid, so requests get past validation
 * and reach the handlers, sometimes off by one field. Enough of JSON Schema for zod's output: $ref, type,
 * enum, const, anyOf/oneOf, properties/required, items, string and number bounds, pattern and format.
 */
import fc from 'fast-check';

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema documents are untyped.
export type Schema = any;

const FORMATS: Record<string, fc.Arbitrary<string>> = {
  email: fc.emailAddress(),
  uuid: fc.uuid(),
  date: fc.constantFrom('2025-01-15', '2024-02-29', '2013-07-01', '2035-12-31'),
  'date-time': fc.constantFrom('2025-01-15T00:00:00.000Z', '2030-01-01T00:00:00Z'),
  uri: fc.webUrl(),
};

export function arbitraryFor(root: Schema, schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || typeof schema !== 'object') return fc.jsonValue({ maxDepth: 1 });
  if (schema.$ref) {
    const name = String(schema.$ref).split('/').pop() as string;
    return depth > 6 ? fc.constant({}) : fc.constant(null).chain(() => arbitraryFor(root, root.components?.schemas?.[name], depth + 1));
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(union) && union.length) return fc.oneof(...union.map((s: Schema) => arbitraryFor(root, s, depth + 1)));
  if (Array.isArray(schema.allOf) && schema.allOf.length) return arbitraryFor(root, schema.allOf[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string': {
      if (schema.format && FORMATS[schema.format]) return FORMATS[schema.format] as fc.Arbitrary<string>;
      if (schema.pattern) {
        try {
          return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 1000));
        } catch {
          // a pattern fast-check cannot generate from: plain strings
        }
      }
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 30, 60) });
    }
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? -10, -1e6), max: Math.min(schema.maximum ?? 1e6, 1e9) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (depth > 6) return fc.constant([]);
      return fc.array(arbitraryFor(root, schema.items, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    }
    case 'object':
    case undefined: {
      const props: Record<string, Schema> = schema.properties ?? {};
      const keys = Object.keys(props);
      if (!keys.length)
        return type === 'object'
          ? fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 })
          : fc.jsonValue({ maxDepth: 1 });
      if (depth > 6) return fc.constant({});
      const required: string[] = schema.required ?? [];
      return fc.record(Object.fromEntries(keys.map((k) => [k, arbitraryFor(root, props[k], depth + 1)])), {
        requiredKeys: keys.filter((k) => required.includes(k)),
      });
    }
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}
