import assert from 'node:assert/strict';
import type { TestApp } from './app.js';

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
  for (const [method, path, codes] of expected) {
    const operation = openapi.body.paths[path]?.[method];
    assert.ok(operation, `${method} ${path} is documented`);
    const documented = Object.fromEntries(Object.entries(operation.responses).map(([code, answer]) => [code, (answer as { description: string }).description]));
    const seedRows = Object.fromEntries(Object.keys(codes).map((code) => [code, documented[code]]));
    assert.deepEqual(seedRows, codes, `${method.toUpperCase()} ${path}`);
    for (const [code, answer] of Object.entries(operation.responses) as Array<[string, { content: { 'application/json': { schema: { title?: string } } } }]>) {
      if (code === 'default' || Number(code) >= 400) assert.equal(answer.content['application/json'].schema.title, 'ErrorResponse', `${method} ${path} ${code}`);
    }
  }
}
