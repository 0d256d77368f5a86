import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildConsole } from '../../scripts/console-build.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

describe('GET /console serves the built operator console', () => {
  let open: TestApp;
  let secured: TestApp;

  before(async () => {
    await buildConsole();
    open = await startTestApp('sqlite');
    secured = await startTestApp('sqlite', { env: { AUTH_JWT_SECRET: 'plugin-test-secret-plugin-test-secret' } });
  });

  after(async () => {
    await open?.close();
    await secured?.close();
  });

  it('GET /console answers the page, which loads only the console’s own script and stylesheet', async () => {
    for (const url of ['/console', '/console/']) {
      const page = await open.request('GET', url);
      assert.equal(page.status, 200);
      assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
      const sources = [...String(page.body).matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
      assert.deepEqual(sources.filter((source) => !source.startsWith('#')), ['data:,', '/console/app.css', '/console/app.js'], 'no asset from anywhere else');
    }
    const script = await open.request('GET', '/console/app.js');
    assert.equal(script.status, 200);
    assert.equal(script.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal((await open.request('GET', '/console/app.css')).headers['content-type'], 'text/css; charset=utf-8');
  });

  it('GET /console/config.json says whether the service asks for a token, without one', async () => {
    assert.deepEqual((await open.request('GET', '/console/config.json')).body, { authentication: false });
    const answer = await secured.request('GET', '/console/config.json');
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { authentication: true });
    assert.equal((await secured.request('GET', '/console')).status, 200);
  });

  it('GET /console/{file} answers 404 ROUTE_NOT_FOUND for a file the console does not have, and never leaves its folder', async () => {
    for (const url of ['/console/missing.js', '/console/..%2Fpackage.json', '/console/index.html.bak']) {
      const answer = await open.request('GET', url);
      assert.equal(answer.status, 404, url);
      assert.equal(answer.body.error.code, 'ROUTE_NOT_FOUND', url);
    }
  });

  it('the console’s routes stay out of the OpenAPI document', async () => {
    const document = (await open.request('GET', '/openapi.json')).body;
    assert.deepEqual(Object.keys(document.paths).filter((path) => path.startsWith('/console')), []);
  });
});
