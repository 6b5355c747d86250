/**
 * Generates `public/managed_schema.json` (the manifest's `storage.managed_schema`) from the zod
 * `ManagedConfigSchema`, reduced to the JSON-schema subset Chrome accepts for managed storage:
 * every schema has exactly one `type`; keywords kept: type, properties, additionalProperties
 * (a schema, never at the top level), items, enum, description, title, sensitiveValue.
 * Everything else (required, pattern, min/max, format, defaults) is validated by zod on read;
 * leaving it out keeps Chrome from refusing the schema (Chrome's `pattern` is RE2) or dropping a
 * whole policy for a detail we report better ourselves.
 *
 * Run: `npm run gen:schema`. `tests/unit/policy/managed-schema.test.ts` fails when the committed
 * file differs from what this produces.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ManagedConfigSchema } from '../src/contracts/managed-config';

type Json = Record<string, unknown>;
const KEEP = new Set(['type', 'properties', 'additionalProperties', 'items', 'enum', 'description', 'title', 'sensitiveValue']);
const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

function reduce(schema: Json, path: string): Json {
  for (const bad of ['anyOf', 'oneOf', 'allOf', '$ref', 'not']) {
    if (bad in schema) throw new Error(`${path || '(root)'}: "${bad}" cannot be expressed in Chrome's managed schema; reshape the zod schema`);
  }
  const type = schema.type;
  if (typeof type !== 'string' || !TYPES.has(type)) throw new Error(`${path || '(root)'}: needs exactly one type, got ${JSON.stringify(type)}`);
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!KEEP.has(key)) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as Record<string, Json>).map(([k, v]) => [k, reduce(v, `${path}.${k}`)]));
    } else if (key === 'additionalProperties') {
      if (typeof value === 'object' && value !== null) out.additionalProperties = reduce(value as Json, `${path}.*`);
    } else if (key === 'items') {
      out.items = reduce(value as Json, `${path}[]`);
    } else if (key === 'enum') {
      if (type === 'string' || type === 'integer') out.enum = value;
    } else {
      out[key] = value;
    }
  }
  return out;
}

export function buildManagedSchema(): Json {
  const generated = z.toJSONSchema(ManagedConfigSchema, { io: 'input', unrepresentable: 'throw' }) as Json;
  const top = reduce(generated, '');
  delete top.additionalProperties; // Chrome: the top level may not have additionalProperties.
  return top;
}

export const renderManagedSchema = (): string => `${JSON.stringify(buildManagedSchema(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = fileURLToPath(new URL('../public/managed_schema.json', import.meta.url));
  writeFileSync(out, renderManagedSchema());
  console.log(`wrote ${out}`);
}
