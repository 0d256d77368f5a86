import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { durationSeconds } from './config.js';

/**
 * `npm run token -- --org acme[,other|*] --scope subscriptions:read[,…] [--ttl 8h] [--sub name]`: mints an HS256
 * bearer token signed with AUTH_JWT_SECRET (read from the environment, else from ./.env) and prints it alone on the
 * last line of stdout; what it grants goes to stderr.
 */
const USAGE = 'usage: npm run token -- --org acme[,other|*] --scope subscriptions:read[,subscriptions:write|subscriptions:admin] [--ttl 8h] [--sub name]';
const SCOPES = ['subscriptions:read', 'subscriptions:write', 'subscriptions:admin'];

function fail(message: string): never {
  console.error(`token: ${message}\n${USAGE}`);
  process.exit(1);
}

function list(raw: string | undefined, name: string): string[] {
  const items = (raw ?? '').split(/[,\s]+/).filter(Boolean);
  if (items.length === 0) fail(`--${name} is required`);
  return items;
}

let values: { org?: string; scope?: string; ttl?: string; sub?: string };
try {
  ({ values } = parseArgs({
    options: { org: { type: 'string' }, scope: { type: 'string' }, ttl: { type: 'string', default: '8h' }, sub: { type: 'string' } },
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}
const orgs = list(values.org, 'org');
const scopes = list(values.scope, 'scope');
const unknown = scopes.filter((scope) => !SCOPES.includes(scope));
if (unknown.length > 0) fail(`unknown scope ${unknown.join(', ')}: use ${SCOPES.join(', ')} (admin includes write, write includes read)`);
const ttl = durationSeconds(values.ttl ?? '8h');
if (ttl === undefined) fail(`--ttl must be a duration such as 30m, 8h or 7d, got "${values.ttl}"`);

// The compose setup keeps the secret in .env (scripts/docker-env.sh): the same file signs tokens here.
if (!process.env.AUTH_JWT_SECRET && existsSync('.env')) process.loadEnvFile('.env');
const secret = process.env.AUTH_JWT_SECRET;
if (!secret) fail('AUTH_JWT_SECRET is not set (in the environment or in ./.env): it must be the secret the service runs with');

function userName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'token-cli';
  }
}

const now = Math.floor(Date.now() / 1000);
let jwt = new SignJWT({ orgs: orgs.includes('*') ? '*' : orgs, scope: scopes.join(' ') })
  .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
  .setSubject(values.sub ?? userName())
  .setIssuedAt(now)
  .setExpirationTime(now + ttl);
if (process.env.AUTH_AUDIENCE) jwt = jwt.setAudience(process.env.AUTH_AUDIENCE);
if (process.env.AUTH_ISSUER) jwt = jwt.setIssuer(process.env.AUTH_ISSUER);
const token = await jwt.sign(new TextEncoder().encode(secret));
console.error(`token for orgs ${orgs.join(', ')} with ${scopes.join(' ')}, expires ${new Date((now + ttl) * 1000).toISOString()}:`);
console.log(token);
