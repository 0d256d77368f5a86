import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { consoleSession } from './harness.js';

/**
 * /docs (Swagger UI over /openapi.json) in headless Chromium. How long it takes is measured by `bench/docs.ts`, not
 * here: these tests say what it shows.
 */

type Json = Record<string, any>;

describe('the interactive reference at /docs', () => {
  const session = consoleSession();
  let document: Json;

  before(async () => {
    document = (await session.service.api<Json>('GET', '/openapi.json')).body;
  });

  it('draws a section for every tag of the document, and the Authorize button of its bearer scheme', { timeout: 60_000 }, async () => {
    const tags = new Set(Object.values(document.paths as Json).flatMap((methods) => Object.values(methods as Json).flatMap((operation) => (operation as Json).tags ?? [])));
    const page = await session.browser.page();
    await page.goto(`${session.service.baseUrl}/docs/`);
    await page.locator('.opblock-tag').first().waitFor();
    assert.equal(await page.locator('.opblock-tag').count(), tags.size);
    await page.locator('.btn.authorize').waitFor();
    await page.locator('.btn.authorize').click();
    await page.getByText('bearer (http, Bearer)').waitFor();
  });

  it('an operation opened shows its parameters, its example answer and the error answers it shares through components', { timeout: 60_000 }, async () => {
    const page = await session.browser.page();
    await page.goto(`${session.service.baseUrl}/docs/#/Bundles/getBundlesItem`);
    const operation = page.locator('#operations-Bundles-getBundlesItem');
    await operation.locator('.responses-wrapper').waitFor();
    await operation.locator('.parameters').getByText('bundleId').first().waitFor();
    await operation.locator('.responses-table').getByText('8432_BUNDLED_3P').first().waitFor();
    await operation.locator('.responses-table').getByText('The resource, or a resource on its path, does not exist in this org').first().waitFor();
  });

  it('every $ref of the document names a component that exists (Swagger UI resolves each part against its components alone)', () => {
    const refs: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== 'object') return;
      if (typeof (node as Json).$ref === 'string') refs.push((node as Json).$ref);
      Object.values(node).forEach(walk);
    };
    walk(document);
    assert.ok(refs.length > 1000);
    for (const ref of new Set(refs)) {
      const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
      assert.ok(match, `${ref} does not point into #/components/<kind>/<name>`);
      assert.ok(document.components[match[1]]?.[match[2]] !== undefined, `${ref} names no component`);
    }
  });
});
