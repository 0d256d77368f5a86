import assert from 'node:assert/strict';
import type { TestApp } from './app.js';

/** A value with every `#/components/…` reference replaced by its component (siblings of a `$ref` win). */
export function inlineReferences(document: { components?: Record<string, Record<string, unknown>> }, value: unknown): any {
  if (Array.isArray(value)) return value.map((item) => inlineReferences(document, item));
  if (typeof value !== 'object' || value === null) return value;
  const { $ref, ...own } = value as Record<string, unknown>;
  const [, , kind, name] = typeof $ref === 'string' ? $ref.split('/') : [];
  const base = kind ? { ...(inlineReferences(document, document.components?.[kind]?.[name]) as object), ...own } : own;
  return Object.fromEntries(Object.entries(base).map(([key, child]) => [key, inlineReferences(document, child)]));
}

/** The served /openapi.json with its shared components inlined, for tests that walk operations. */
export async function servedDocument(t: TestApp): Promise<any> {
  const response = await t.request('GET', '/openapi.json');
  assert.equal(response.status, 200);
  return { ...response.body, paths: inlineReferences(response.body, response.body.paths) };
}

/** The seeds' error rows of an endpoint, by description: 400 and 404 where it has them, 403, 500 and default always. */
export function seedErrorRows(notFound: string | undefined, badRequest: boolean): Record<string, string> {
  return {
    ...(badRequest ? { 400: 'Bad request' } : {}),
    403: 'Forbidden access',
    ...(notFound ? { 404: notFound } : {}),
    500: 'Internal server error',
    default: 'Any client or server error',
  };
}

export const SUBSCRIPTION_NOT_FOUND_TEXT = 'A subscription with the specified id was not found';

/**
 * Asserts that the served /openapi.json documents each endpoint with these response codes in these words (the
 * seeds' rows), every error row answering the ErrorResponse body. The rows the seeds leave out (401, 409, 412, …)
 * follow general rules, checked by test/mechanisms/openapi.test.ts.
 */
export async function assertDocumentedResponses(t: TestApp, expected: Array<[method: string, path: string, codes: Record<string, string>]>): Promise<void> {
  const openapi = await t.request('GET', '/openapi.json');
  assert.equal(openapi.status, 200);
  // Shared answers and schemas are components: follow their references.
  const resolve = <T>(value: T | { $ref: string }): T => {
    const ref = (value as { $ref?: string }).$ref;
    if (ref === undefined) return value as T;
    const [, , kind, name] = ref.split('/');
    return { ...resolve(openapi.body.components[kind][name]), ...value, $ref: undefined } as T;
  };
  for (const [method, path, codes] of expected) {
    const stored = openapi.body.paths[path]?.[method];
    assert.ok(stored, `${method} ${path} is documented`);
    const operation = { ...stored, responses: Object.fromEntries(Object.entries(stored.responses).map(([code, answer]) => [code, resolve(answer)])) };
    const documented = Object.fromEntries(Object.entries(operation.responses).map(([code, answer]) => [code, (answer as { description: string }).description]));
    const seedRows = Object.fromEntries(Object.keys(codes).map((code) => [code, documented[code]]));
    assert.deepEqual(seedRows, codes, `${method.toUpperCase()} ${path}`);
    for (const [code, answer] of Object.entries(operation.responses) as Array<[string, { content: { 'application/json': { schema: { title?: string } } } }]>) {
      if (code === 'default' || Number(code) >= 400) assert.equal(resolve(answer.content['application/json'].schema).title, 'ErrorResponse', `${method} ${path} ${code}`);
    }
  }
}
