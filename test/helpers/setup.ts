import type { Answer, TestApp } from './app.js';

/**
 * Setup steps are checked: a request a test depends on (not the one it asserts) must answer `expected`, else
 * the test stops here with the request and the answer in the message, instead of passing on a setup that failed.
 * Answers the body.
 */
export function expectStatus<T = any>(answer: Answer<T>, expected: number, what: string): T {
  if (answer.status !== expected) {
    throw new Error(`setup step failed: ${what} answered ${answer.status}, expected ${expected}: ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

/** Sends a setup request and checks its status (see expectStatus); answers the body. */
export async function setupRequest<T = any>(
  t: Pick<TestApp, 'request'>,
  expected: number,
  method: string,
  url: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<T> {
  return expectStatus(await t.request<T>(method, url, body, headers), expected, `${method} ${url}`);
}
