import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { startTestApp, testDialects, type TestApp } from '../helpers/app.js';

const SECRET = 'test-secret-of-sufficient-length-0123456789';
const hs256 = new TextEncoder().encode(SECRET);

function token(claims: Record<string, unknown>, options: { expiresIn?: string | null; notBefore?: string; audience?: string; issuer?: string } = {}) {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('user-1')
    .setAudience(options.audience ?? 'inventory')
    .setIssuer(options.issuer ?? 'https://issuer.test')
    .setIssuedAt();
  if (options.expiresIn !== null) jwt.setExpirationTime(options.expiresIn ?? '5m');
  if (options.notBefore) jwt.setNotBefore(options.notBefore);
  return jwt.sign(hs256);
}

/** `npm run token`'s minter, run from source with the service's key settings. */
function mint(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/token.ts', ...args], {
    env: { ...process.env, AUTH_JWT_SECRET: SECRET, AUTH_AUDIENCE: 'inventory', AUTH_ISSUER: 'https://issuer.test', ...env },
    encoding: 'utf8',
  });
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

    test('scopes nest: an admin-only token reads and writes, a write-only token reads', async () => {
      const admin = await token({ orgs: ['acme'], scope: 'subscriptions:admin' });
      assert.equal((await t.request('GET', '/v2/orgs/acme/bundles?account_id=A', undefined, bearer(admin))).status, 200);
      assert.equal((await t.request('POST', '/v2/orgs/acme/bundles', bundle, bearer(admin))).status, 201);
      const write = await token({ orgs: ['acme'], scope: 'subscriptions:write' });
      assert.equal((await t.request('GET', '/v2/orgs/acme/bundles?account_id=A', undefined, bearer(write))).status, 200);
    });

    test('a token without exp is 401: tokens must expire', async () => {
      const response = await t.request('GET', '/v2/orgs/acme/bundles?account_id=A', undefined, bearer(await token({ orgs: ['acme'], scope: 'subscriptions:read' }, { expiresIn: null })));
      assert.equal(response.status, 401);
      assert.equal(response.body.error.message, 'the bearer token has no expiry (exp claim): this service accepts only tokens that expire');
    });

    test('401 messages say in plain words why a token is refused: expired, not yet valid, wrong audience, unknown key', async () => {
      const claims = { orgs: ['acme'], scope: 'subscriptions:read' };
      const unknownKey = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'retired-key' })
        .setAudience('inventory')
        .setIssuer('https://issuer.test')
        .setExpirationTime('5m')
        .sign(rsaPrivate);
      const cases: Array<[string, RegExp]> = [
        [await token(claims, { expiresIn: '-2m' }), /^the bearer token expired at \d{4}-\d\d-\d\dT[\d:.]+Z: mint a new one \(npm run token\)$/],
        [await token(claims, { notBefore: '10m' }), /^the bearer token is not valid yet: it starts at \d{4}-/],
        [await token(claims, { audience: 'someone-else' }), /^the bearer token is for another audience: this service is inventory$/],
        [await token(claims, { issuer: 'https://evil.test' }), /^the bearer token comes from another issuer: this service trusts https:\/\/issuer\.test$/],
        [unknownKey, /^the bearer token is signed with an unknown key/],
        [(await token(claims)).slice(0, -4) + 'AAAA', /^the bearer token is signed with another key/],
      ];
      for (const [value, message] of cases) {
        const response = await t.request('GET', '/v2/orgs/acme/bundles?account_id=A', undefined, bearer(value));
        assert.equal(response.status, 401, value);
        assert.match(response.body.error.message, message);
        assert.doesNotMatch(response.body.error.message, /claim timestamp check failed|unexpected "|JWS|JWKS/);
      }
    });

    test('a token expired or starting within the 60 s clock skew is accepted', async () => {
      const claims = { orgs: ['acme'], scope: 'subscriptions:read' };
      for (const value of [await token(claims, { expiresIn: '-30s' }), await token(claims, { notBefore: '30s' })]) {
        assert.equal((await t.request('GET', '/v2/orgs/acme/bundles?account_id=A', undefined, bearer(value))).status, 200);
      }
    });

    test('npm run token mints a token the service accepts, printed alone on the last line', async () => {
      const result = mint(['--org', 'acme,other', '--scope', 'subscriptions:write', '--ttl', '10m', '--sub', 'agent-7']);
      assert.equal(result.status, 0, result.stderr);
      const value = result.stdout.trim().split('\n').at(-1)!;
      assert.match(value, /^[\w-]+\.[\w-]+\.[\w-]+$/);
      const created = await t.request('POST', '/v2/orgs/other/bundles', bundle, bearer(value));
      assert.equal(created.status, 201);
      assert.equal(created.body.creation_user, 'agent-7');
      assert.equal((await t.request('GET', `/v2/orgs/other/bundles/${created.body.id}`, undefined, bearer(value))).status, 200);
      assert.equal((await t.request('GET', '/v2/orgs/third/bundles?account_id=A', undefined, bearer(value))).status, 403);
      const everyOrg = mint(['--org', '*', '--scope', 'subscriptions:read']).stdout.trim().split('\n').at(-1)!;
      assert.equal((await t.request('GET', '/v2/orgs/third/bundles?account_id=A', undefined, bearer(everyOrg))).status, 200);
      const wrong = mint(['--org', 'acme', '--scope', 'subscriptions:everything']);
      assert.equal(wrong.status, 1);
      assert.match(wrong.stderr, /unknown scope subscriptions:everything/);
    });

    test('service endpoints need no token', async () => {
      assert.equal((await t.request('GET', '/health/ready')).status, 200);
      assert.equal((await t.request('GET', '/openapi.json')).status, 200);
    });
  });
}

describe('token lifetime settings', () => {
  test('AUTH_MAX_TOKEN_LIFETIME refuses a token that lives longer; AUTH_REQUIRE_EXPIRY=off accepts one without exp', async () => {
    const t = await startTestApp('sqlite', { env: { AUTH_JWT_SECRET: SECRET, AUTH_MAX_TOKEN_LIFETIME: '1h', AUTH_REQUIRE_EXPIRY: 'off' } });
    try {
      const claims = { orgs: ['acme'], scope: 'subscriptions:read' };
      const read = async (value: string) => t.request('GET', '/v2/orgs/acme/bundles?account_id=A', undefined, { authorization: `Bearer ${value}` });
      assert.equal((await read(await token(claims, { expiresIn: '30m' }))).status, 200);
      const long = await read(await token(claims, { expiresIn: '2h' }));
      assert.equal(long.status, 401);
      assert.match(long.body.error.message, /lives longer than this service allows \(3600 s, AUTH_MAX_TOKEN_LIFETIME\)/);
      assert.equal((await read(await token(claims, { expiresIn: null }))).status, 401, 'a maximum lifetime needs an exp');
    } finally {
      await t.close();
    }
    const open = await startTestApp('sqlite', { env: { AUTH_JWT_SECRET: SECRET, AUTH_REQUIRE_EXPIRY: 'off' } });
    try {
      const response = await open.request('GET', '/v2/orgs/acme/bundles?account_id=A', undefined, { authorization: `Bearer ${await token({ orgs: ['acme'], scope: 'subscriptions:read' }, { expiresIn: null })}` });
      assert.equal(response.status, 200);
    } finally {
      await open.close();
    }
  });
});
