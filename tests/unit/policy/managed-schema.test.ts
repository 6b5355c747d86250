import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildManagedSchema, renderManagedSchema } from '../../../scripts/gen-managed-schema';

const ALLOWED = new Set(['type', 'properties', 'additionalProperties', 'items', 'enum', 'description', 'title', 'sensitiveValue']);

function walk(s: Record<string, unknown>, path: string, visit: (s: Record<string, unknown>, path: string) => void) {
  visit(s, path);
  for (const [k, v] of Object.entries((s.properties as Record<string, Record<string, unknown>>) ?? {})) walk(v, `${path}.${k}`, visit);
  if (typeof s.additionalProperties === 'object') walk(s.additionalProperties as Record<string, unknown>, `${path}.*`, visit);
  if (s.items) walk(s.items as Record<string, unknown>, `${path}[]`, visit);
}

describe('public/managed_schema.json', () => {
  it('is what `npm run gen:schema` generates from the zod schema (run it after changing contracts)', () => {
    const committed = readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8');
    expect(committed, 'public/managed_schema.json is stale: run `npm run gen:schema`').toBe(renderManagedSchema());
  });

  it("stays within Chrome's managed-storage schema dialect", () => {
    const schema = buildManagedSchema();
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    walk(schema, '', (s, path) => {
      expect(typeof s.type, path).toBe('string');
      for (const key of Object.keys(s)) expect(ALLOWED.has(key), `${path}: ${key}`).toBe(true);
    });
    const props = schema.properties as Record<string, { sensitiveValue?: boolean }>;
    expect(Object.keys(props)).toEqual(['endpoint', 'orgId', 'signingKeys', 'enrollmentToken', 'inlinePolicy', 'identity', 'failMode', 'otlpEndpoint', 'policyRefreshMinutes']);
    expect(props.enrollmentToken?.sensitiveValue).toBe(true);
  });
});
