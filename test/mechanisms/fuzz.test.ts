import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import { startTestApp, testDialects, type TestApp } from '../helpers/app.js';
import { activeLine } from '../helpers/fixtures.js';
import { servedDocument } from '../helpers/openapi.js';

/**
 * Property: whatever a client sends — wrong types, huge strings, deep nesting, unicode, NUL bytes, bad UUIDs
 * and dates, prototype-pollution keys in bodies and patch paths, valid bodies (migration loads with embedded
 * children) with one field wrong at any depth — the service never answers 5xx, every error has the contract's
 * body, and a rejected request leaves the database as it was.
 * `FUZZ_RUNS` sets the number of requests per database (`npm run fuzz` runs the long profile).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const POSTGRES_SHARE = Number(process.env.FUZZ_POSTGRES_SHARE ?? 0.2);

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  format?: string;
  const?: unknown;
  required?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
};
interface Route { method: string; path: string; body?: Schema; query: string[] }

const NASTY_STRINGS = ['', ' ', '\u0000', 'null', '__proto__', 'constructor', 'prototype', '../../etc/passwd', '%00', '😀'.repeat(50), 'x'.repeat(5000), "'0'", '{"eq":', '{"in":[]}', '{"lt":"yesterday"}', '2023-01-01', '2023-01-01T00:00:00 01:00', '-1', '501', '1e309', '00:B0:D0:63:C2', 'ZZ-ZZ-ZZ-ZZ-ZZ-ZZ'];

function routesOf(document: { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> }; parameters?: Array<{ in: string; name: string }> }>> }): Route[] {
  const routes: Route[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    if (!path.startsWith('/v2/')) continue;
    for (const [method, operation] of Object.entries(methods)) {
      const content = operation.requestBody?.content ?? {};
      routes.push({
        method: method.toUpperCase(),
        path,
        body: content['application/json']?.schema,
        query: (operation.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name),
      });
    }
  }
  return routes;
}

/** Values shaped like the schema, often subtly wrong. */
function valueFor(schema: Schema | undefined, depth: number): fc.Arbitrary<unknown> {
  const anything = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom(...NASTY_STRINGS));
  if (!schema || depth > 4) return anything;
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((branch) => valueFor(branch, depth + 1)), anything);
  if (schema.enum) return fc.oneof(fc.constantFrom(...schema.enum), anything);
  if (schema.const !== undefined) return fc.oneof(fc.constant(schema.const), anything);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object' && schema.properties) {
    const entries = Object.entries(schema.properties).map(([name, property]) => [name, valueFor(property, depth + 1)] as const);
    return fc.oneof(
      fc.record(Object.fromEntries(entries), { requiredKeys: [] }),
      fc.record(Object.fromEntries(entries), { requiredKeys: [] }).map((value) => ({ ...value, __proto__: { polluted: true } })),
      fc.record(Object.fromEntries(entries), { requiredKeys: [] }).map((value) => ({ ...value, constructor: { prototype: { polluted: true } } })),
      anything,
    );
  }
  if (type === 'array') return fc.oneof(fc.array(valueFor(schema.items, depth + 1), { maxLength: 3 }), anything);
  if (schema.format === 'uuid') return fc.oneof(fc.uuid(), fc.constantFrom('not-a-uuid', '00000000-0000-0000-0000-00000000000g'), anything);
  if (schema.format === 'date-time') return fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), fc.constantFrom('2023-13-40T00:00:00Z', '2023-01-01'), anything);
  if (type === 'integer' || type === 'number') return fc.oneof(fc.integer(), fc.double(), fc.constantFrom(9007199254740993, -1, 1e21), anything);
  if (type === 'boolean') return fc.oneof(fc.boolean(), anything);
  return fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), anything);
}

const NOW = Date.now();
const YEAR_MS = 365 * 24 * 3600 * 1000;
/** The embedded children of create bodies: a near-valid body always carries some, so their fields get exercised too. */
const CHILDREN = ['commitments', 'promotions', 'add_ons', 'devices'];
const WRONG_VALUES = [1, -1, 1.5, true, false, null, 'x', '', '2023-01-01', '\u0000', {}, [], { a: 1 }, ['x'], 'x'.repeat(5000), 9007199254740993];

/**
 * Values the schema accepts (best effort: patterns and cross-field rules are not followed), with the children
 * arrays non-empty and `origin` a migration load wherever a body has one: bodies that reach the services' code.
 */
function validFor(schema: Schema | undefined, depth: number): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) {
    const values = schema.anyOf.filter((branch) => branch.type !== 'null');
    if (values.some((branch) => branch.const === 'MIGRATION' || branch.enum?.includes('MIGRATION'))) return fc.constant('MIGRATION');
    return fc.oneof(...(values.length > 0 ? values : schema.anyOf).map((branch) => validFor(branch, depth + 1)));
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object') {
    // An optional link to another resource (add_on_id, device_id, …) would name one that does not exist: left out.
    const isLink = ([name, property]: [string, Schema]) =>
      name !== 'id' && !(schema.required ?? []).includes(name) && [property, ...(property.anyOf ?? [])].some((branch) => branch.format === 'uuid');
    const properties = Object.entries(schema.properties ?? {}).filter((entry) => !isLink(entry));
    const record = Object.fromEntries(properties.map(([name, property]) => [name, validFor(property, depth + 1)]));
    const required = [...(schema.required ?? []), ...properties.map(([name]) => name).filter((name) => CHILDREN.includes(name) || name === 'origin')];
    return fc.record(record, { requiredKeys: required.filter((name) => name in record) });
  }
  if (type === 'array') {
    return fc.array(validFor(schema.items, depth + 1), { minLength: Math.max(schema.minItems ?? 0, 1), maxLength: Math.max(Math.min(schema.maxItems ?? 2, 2), 1) });
  }
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date-time') return fc.integer({ min: NOW - 2 * YEAR_MS, max: NOW + YEAR_MS / 2 }).map((ms) => new Date(ms).toISOString());
  if (schema.format === 'email') return fc.constant('someone@example.com');
  if (schema.format === 'uri') return fc.constant('https://example.com/hook');
  if (type === 'integer' || type === 'number') return fc.integer({ min: Math.max(schema.minimum ?? 0, -1000), max: Math.min(schema.maximum ?? 1000, 1000) });
  if (type === 'boolean') return fc.boolean();
  if (type === 'null') return fc.constant(null);
  const minLength = Math.max(schema.minLength ?? 1, 1);
  return fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'), minLength, maxLength: Math.max(minLength, Math.min(schema.maxLength ?? 16, 16)) });
}

/** Every path to a value below the root (object keys and array indices). */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

/** A valid body (migration loads with embedded children included), or one with a single field, at any depth, of a wrong type or format. */
function nearlyValid(schema: Schema | undefined): fc.Arbitrary<unknown> {
  return fc.tuple(validFor(schema, 0), fc.nat(), fc.constantFrom(...WRONG_VALUES), fc.nat({ max: 3 })).map(([valid, pick, wrong, keep]) => {
    const paths = pathsOf(valid);
    if (keep === 0 || paths.length === 0) return valid;
    const body = structuredClone(valid) as Record<string | number, unknown>;
    const path = paths[pick % paths.length];
    let parent = body;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[path[path.length - 1]] = wrong;
    return body;
  });
}

const patchBody = fc.array(
  fc.record({
    op: fc.constantFrom('add', 'replace', 'remove', 'test', 'move', 'copy', 'noop'),
    path: fc.oneof(fc.constantFrom('/status', '/__proto__/polluted', '/constructor/prototype/polluted', '/specific_data/__proto__', '/commitments/-', '/id', '/legacy_id', '', 'status', '/a/b/c'), fc.string()),
    value: fc.oneof(fc.anything(), fc.constantFrom('ACTIVE', 'DEACTIVATED', 'CANCELLED')),
    reason: fc.oneof(fc.string(), fc.constant('x'.repeat(200))),
  }, { requiredKeys: ['op', 'path'] }),
  { maxLength: 4 },
);

function deep(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = { nested: value };
  return value;
}

async function fingerprint(t: TestApp): Promise<string> {
  const tables = t.dialect === 'sqlite'
    ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'kysely%' and name not like 'sqlite%'`.execute(t.database.db)).rows.map((row) => row.name)
    : (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_name not like 'kysely%'`.execute(t.database.db)).rows.map((row) => row.name);
  const parts: string[] = [];
  for (const table of tables.sort()) {
    const hasVersion = t.dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from pragma_table_info(${table}) where name = 'version'`.execute(t.database.db)).rows.length > 0
      : (await sql<{ name: string }>`select column_name as name from information_schema.columns where table_name = ${table} and column_name = 'version'`.execute(t.database.db)).rows.length > 0;
    // The walk covers every table the migrations made, whatever its columns.
    const row = await t.database.db
      .withTables<Record<string, { version: number }>>()
      .selectFrom(table)
      .select((eb) => [eb.fn.countAll().as('rows'), ...(hasVersion ? [eb.fn.sum('version').as('versions')] : [])])
      .executeTakeFirstOrThrow();
    parts.push(`${table}:${Number(row.rows)}:${Number((row as { versions?: unknown }).versions ?? 0)}`);
  }
  return parts.join('|');
}

for (const dialect of testDialects()) {
  describe(`fuzzing every route [${dialect}]`, () => {
    let t: TestApp;
    let ids: Record<string, string>;
    before(async () => {
      t = await startTestApp(dialect, { env: { WORKER: 'off' } });
      const { bundle, subscription } = await activeLine(t, 'fuzz');
      ids = { bundleId: bundle.id, subscriptionId: subscription.id };
    });
    after(async () => t.close());

    test('no 5xx, always the error body, and no change from a rejected request', async () => {
      const document = await servedDocument(t);
      const routes = routesOf(document);
      assert.ok(routes.length > 20, 'the OpenAPI document lists the routes');
      const request = fc
        .constantFrom(...routes)
        .chain((route) =>
          fc.record({
            route: fc.constant(route),
            org: fc.oneof({ weight: 8, arbitrary: fc.constant('fuzz') }, fc.constantFrom('FUZZ', 'fu zz', 'x'.repeat(65), '%2e%2e')),
            params: fc.record({ known: fc.boolean(), random: fc.oneof(fc.uuid(), fc.constantFrom(...NASTY_STRINGS).map(encodeURIComponent)) }),
            query: fc.dictionary(fc.oneof(fc.constantFrom(...(route.query.length > 0 ? route.query : ['offset'])), fc.string({ maxLength: 8 })), fc.oneof(fc.string(), fc.constantFrom(...NASTY_STRINGS)), { maxKeys: 3 }),
            body:
              route.method === 'PATCH'
                ? fc.oneof(patchBody, valueFor(route.body, 0))
                : fc.oneof(
                    valueFor(route.body, 0),
                    ...(route.body ? [{ weight: 3, arbitrary: nearlyValid(route.body) }] : []),
                    fc.constant(deep(40)),
                    fc.constantFrom('{"a":', '\u0000', '[]', 'null'),
                  ),
            ifMatch: fc.option(fc.constantFrom('"1"', '"999"', '*', 'garbage')),
          }),
        );
      const runs = dialect === 'postgres' ? Math.ceil(RUNS * POSTGRES_SHARE) : RUNS;
      let before = await fingerprint(t);
      await fc.assert(
        fc.asyncProperty(request, async ({ route, org, params, query, body, ifMatch }) => {
          const path = route.path
            .replace('{org}', encodeURIComponent(org))
            .replace(/\{(\w+)\}/g, (_match, name: string) => (params.known && ids[name] ? ids[name] : params.random));
          const search = new URLSearchParams(query).toString();
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (ifMatch) headers['if-match'] = ifMatch;
          const response = await t.app.inject({
            method: route.method as 'GET',
            url: search ? `${path}?${search}` : path,
            headers,
            payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
          });
          assert.ok(response.statusCode < 500, `${route.method} ${path} → ${response.statusCode}: ${response.body.slice(0, 300)}`);
          const after = await fingerprint(t);
          if (response.statusCode >= 400) {
            const error = response.json().error;
            assert.ok(typeof error.code === 'string' && typeof error.message === 'string' && typeof error.reference === 'string', response.body);
            assert.equal(after, before, `${route.method} ${path} was rejected (${response.statusCode}) but changed the database`);
          }
          before = after;
          assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype was polluted');
        }),
        { numRuns: runs, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
      );
    });
  });
}
