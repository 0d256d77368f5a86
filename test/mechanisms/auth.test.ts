import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { startTestApp, testDialects, type TestApp } from '../helpers/app.js';

const SECRET = 'test-secret-of-sufficient-length-0123456789';
const hs256 = new TextEncoder().encode(SECRET);

function token(claims: Record<string, unknown>, options: { expiresIn?: string; audience?: string; issuer?: string } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('user-1')
    .setAudience(options.audience ?? 'inventory')
    .setIssuer(options.issuer ?? 'https://issuer.test')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(hs256);
}

for (const dialect of testDialects()) {
  describe(`authentication and authorisation [${dialect}]`, () => {
    let t: TestApp;
    let jwksServer: http.Server;
    let rsaPrivate: CryptoKey;

    before(async () => {
      const pair = await generateKeyPair('RS256');
      rsaPrivate = pair.privateKey as CryptoKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
      jwksServer = http.createServer((_request, response) => response.end(JSON.stringify({ keys: [jwk] })));
      await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
      const { port } = jwksServer.address() as AddressInfo;
      t = await startTestApp(dialect, {
        env: { AUTH_JWT_SECRET: SECRET, AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`, AUTH_ISSUER: 'https://issuer.test', AUTH_AUDIENCE: 'inventory' },
      });
    });
    after(async () => {
      await t.close();
      jwksServer.close();
    });

    const bundle = { account_id: 'A', catalogue_bundled_commercial_product_id: 'P' };
    const bearer = (value: string) => ({ authorization: `Bearer ${value}` });

    test('a request without a token is 401 UNAUTHORIZED with WWW-Authenticate', async () => {
      const response = await t.request('GET', '/v2/orgs/acme/bundles?account_id=A');
      assert.equal(response.status, 401);
      assert.equal(response.body.error.code, 'UNAUTHORIZED');
      assert.equal(response.headers['www-authenticate'], 'Bearer');
    });

    test('an HS256 token with the org and scopes is accepted and its aud/sub fill the audit fields', async () => {
      const value = await token({ orgs: ['acme'], scope: 'subscriptions:read subscriptions:write' });
      const created = await t.request('POST', '/v2/orgs/acme/bundles', bundle, bearer(value));
      assert.equal(created.status, 201);
      assert.equal(created.body.creation_system, 'inventory');
      assert.equal(created.body.creation_user, 'user-1');
      const gateway = await t.request('POST', '/v2/orgs/acme/bundles', bundle, { ...bearer(value), 'x-auth-origin-sub': 'agent-5' });
      assert.equal(gateway.body.creation_user, 'agent-5');
    });

    test('an RS256 token signed by a key of the JWKS is accepted', async () => {
      const value = await new SignJWT({ orgs: '*', scope: 'subscriptions:read' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('svc')
        .setAudience('inventory')
        .setIssuer('https://issuer.test')
        .setExpirationTime('5m')
        .sign(rsaPrivate);
      const response = await t.request('GET', '/v2/orgs/any-org/bundles?account_id=A', undefined, bearer(value));
      assert.equal(response.status, 200);
    });

    test('expired, wrong audience, wrong issuer, bad signature and alg none are 401', async () => {
      const claims = { orgs: ['acme'], scope: 'subscriptions:read' };
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, aud: 'inventory', iss: 'https://issuer.test', sub: 'x', exp: Math.floor(Date.now() / 1000) + 60 })).toString('base64url')}.`;
      const tampered = (await token(claims)).slice(0, -4) + 'AAAA';
      const cases = [
        await token(claims, { expiresIn: '-2m' }),
        await token(claims, { audience: 'someone-else' }),
        await token(claims, { issuer: 'https://evil.test' }),
        tampered,
        unsigned,
        'not-a-jwt',
      ];
      for (const value of cases) {
        const response = await t.request('GET', '/v2/orgs/acme/bundles?account_id=A', undefined, bearer(value));
        assert.equal(response.status, 401, value);
        assert.equal(response.body.error.code, 'UNAUTHORIZED');
      }
    });

    test('a bearer value that is not a JWT is 401 UNAUTHORIZED with a plain message, no parser text', async () => {
      const base64url = (text: string) => Buffer.from(text).toString('base64url');
      const cases = ['abc', 'a.b.c', '{{{', `${base64url('{"alg":')}.${base64url('{}')}.x`, `${base64url('[1,')}.e30.x`];
      for (const value of cases) {
        const response = await t.request('GET', '/v2/orgs/acme/bundles?account_id=A', undefined, bearer(value));
        assert.equal(response.status, 401, value);
        assert.equal(response.body.error.code, 'UNAUTHORIZED');
        assert.equal(response.body.error.message, 'the bearer token is not a JWT (header.payload.signature, base64url)', value);
      }
      const oddAlgorithm = `${base64url('{"alg":{"x":1}}')}.${base64url('{}')}.x`;
      const response = await t.request('GET', '/v2/orgs/acme/bundles?account_id=A', undefined, bearer(oddAlgorithm));
      assert.equal(response.status, 401);
      assert.doesNotMatch(response.body.error.message, /JSON|Unexpected|position/);
    });

    test('a token for another org is 403 FORBIDDEN_ORGANIZATION; x-auth-origin headers never grant access', async () => {
      const value = await token({ orgs: ['other'], scope: 'subscriptions:read' });
      const response = await t.request('GET', '/v2/orgs/acme/bundles?account_id=A', undefined, { ...bearer(value), 'x-auth-origin-aud': 'acme', 'x-auth-origin-sub': 'root' });
      assert.equal(response.status, 403);
      assert.equal(response.body.error.code, 'FORBIDDEN_ORGANIZATION');
    });

    test('a read-only token cannot write (403 MISSING_PERMISSIONS)', async () => {
      const value = await token({ orgs: ['acme'], scope: 'subscriptions:read' });
      const response = await t.request('POST', '/v2/orgs/acme/bundles', bundle, bearer(value));
      assert.equal(response.status, 403);
      assert.equal(response.body.error.code, 'MISSING_PERMISSIONS');
    });

    test('service endpoints need no token', async () => {
      assert.equal((await t.request('GET', '/health/ready')).status, 200);
      assert.equal((await t.request('GET', '/openapi.json')).status, 200);
    });
  });
}
