import { createHash } from 'node:crypto';
import path from 'node:path';
import type { LoggerOptions } from 'pino';

export type DatabaseConfig =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'postgres'; url: string };

export interface Config {
  port: number;
  host: string;
  /** PUBLIC_URL: the base of links; unset, each request's own scheme and host (src/http/context.ts baseUrlOf). */
  publicUrl?: string;
  /** TRUST_PROXY: whose X-Forwarded-Proto/-Host/-For to believe (Fastify's trustProxy: a flag, a hop count or addresses). */
  trustProxy: boolean | number | string;
  database: DatabaseConfig;
  worker: boolean;
  operationLeaseSeconds: number;
  /** Operations one worker runs at once (OPERATIONS_CONCURRENCY). */
  operationsConcurrency: number;
  auth: {
    jwtSecret?: string;
    jwksUrl?: string;
    issuer?: string;
    audience?: string;
    /** A token without `exp` is refused (AUTH_REQUIRE_EXPIRY, on by default). */
    requireExpiry: boolean;
    /** The longest lifetime (exp − iat) a token may claim (AUTH_MAX_TOKEN_LIFETIME); any when unset. */
    maxLifetimeSeconds?: number;
  };
  rateLimitPerMinute?: number;
  eventsNatsUrl?: string;
  hubAllowPrivateTargets: boolean;
  /** The wait before a failed webhook delivery's first retry; it doubles per attempt, at most an hour. */
  hubRetryBaseMs: number;
  logLevel: string;
  /** `json` (one object a line, for collectors) or `pretty` (colourised lines for a person, through pino-pretty). */
  logFormat: 'json' | 'pretty';
  billingCycleTimezone: string;
  /** The key cursors are signed with (CURSOR_SECRET, else derived from what every node of a deployment shares). */
  cursorSecret: string;
  production: boolean;
}

/** A configuration problem: reported as one readable line, never a stack trace. */
export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const LOG_FORMATS = ['json', 'pretty'] as const;
/** HS256 keys shorter than the hash (RFC 7518 3.2) can be brute-forced offline from any token. */
const MIN_JWT_SECRET_BYTES = 32;

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['on', 'true', '1', 'yes'].includes(raw)) return true;
  if (['off', 'false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be on/off (or true/false), got "${env[name]}"`);
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** A duration such as `90s`, `30m`, `8h` or `7d` (a bare number is seconds), in seconds. */
export function durationSeconds(raw: string): number | undefined {
  const match = /^(\d+)\s*([smhd]?)$/.exec(raw.trim());
  if (!match || Number(match[1]) === 0) return undefined;
  return Number(match[1]) * DURATION_UNITS[match[2] || 's'];
}

function duration(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const seconds = durationSeconds(raw);
  if (seconds === undefined) throw new ConfigError(`${name} must be a duration such as 30m, 8h or 7d, got "${raw}"`);
  return seconds;
}

function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL: "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
  }
  return raw;
}

export function parseDatabaseUrl(raw: string | undefined): DatabaseConfig {
  if (raw === undefined || raw === '') return { dialect: 'sqlite', file: path.resolve('data/inventory.sqlite') };
  const sqlite = /^(?:sqlite:\/\/|sqlite:|file:)(.+)$/.exec(raw);
  if (sqlite) return { dialect: 'sqlite', file: sqlite[1] === ':memory:' ? ':memory:' : path.resolve(sqlite[1]) };
  if (/^postgres(?:ql)?:\/\//.test(raw)) return { dialect: 'postgres', url: raw };
  const scheme = raw.split(':')[0];
  throw new ConfigError(
    `DATABASE_URL has an unknown dialect "${scheme}": use sqlite:<path>, file:<path> or postgres://…`,
  );
}

/** `false` (default), `true`, a hop count, or comma-separated addresses or CIDR ranges of the proxies. */
function trustProxy(env: NodeJS.ProcessEnv): Config['trustProxy'] {
  const raw = env.TRUST_PROXY?.trim();
  if (raw === undefined || raw === '' || ['false', 'off', 'no', '0'].includes(raw.toLowerCase())) return false;
  if (['true', 'on', 'yes'].includes(raw.toLowerCase())) return true;
  if (/^\d+$/.test(raw)) return integer(env, 'TRUST_PROXY', 0, 1, 100);
  const addresses = raw.split(',').map((address) => address.trim());
  if (addresses.some((address) => !/^[0-9a-fA-F.:]+(?:\/\d{1,3})?$|^(?:loopback|linklocal|uniquelocal)$/.test(address))) {
    throw new ConfigError(`TRUST_PROXY must be true/false, a hop count, or comma-separated proxy addresses or CIDR ranges, got "${raw}"`);
  }
  return addresses.join(',');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer(env, 'PORT', 8080, 0, 65535);
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const billingCycleTimezone = env.BILLING_CYCLE_TIMEZONE || 'Europe/Madrid';
  try {
    new Intl.DateTimeFormat('en', { timeZone: billingCycleTimezone });
  } catch {
    throw new ConfigError(`BILLING_CYCLE_TIMEZONE is not a known IANA time zone: "${billingCycleTimezone}"`);
  }
  const logFormat = (env.LOG_FORMAT || 'json') as Config['logFormat'];
  if (!LOG_FORMATS.includes(logFormat)) {
    throw new ConfigError(`LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')}, got "${env.LOG_FORMAT}"`);
  }
  const jwtSecret = env.AUTH_JWT_SECRET || undefined;
  if (jwtSecret !== undefined && Buffer.byteLength(jwtSecret) < MIN_JWT_SECRET_BYTES) {
    throw new ConfigError(
      `AUTH_JWT_SECRET must be at least ${MIN_JWT_SECRET_BYTES} bytes, got ${Buffer.byteLength(jwtSecret)}: generate one with \`openssl rand -hex 32\``,
    );
  }
  const jwksUrl = url(env, 'AUTH_JWKS_URL', ['http:', 'https:']);
  const rateLimit = env.RATE_LIMIT_PER_MINUTE ? integer(env, 'RATE_LIMIT_PER_MINUTE', 0, 1, 1_000_000) : undefined;
  const database = parseDatabaseUrl(env.DATABASE_URL);
  const cursorSecret = env.CURSOR_SECRET || undefined;
  if (cursorSecret !== undefined && Buffer.byteLength(cursorSecret) < MIN_JWT_SECRET_BYTES) {
    throw new ConfigError(`CURSOR_SECRET must be at least ${MIN_JWT_SECRET_BYTES} bytes, got ${Buffer.byteLength(cursorSecret)}: generate one with \`openssl rand -hex 32\``);
  }
  const config: Config = {
    port,
    // Without authentication the service is open to whoever reaches it: only this machine, unless HOST says otherwise.
    host: env.HOST || (jwtSecret || jwksUrl ? '0.0.0.0' : '127.0.0.1'),
    publicUrl: url(env, 'PUBLIC_URL', ['http:', 'https:'])?.replace(/\/$/, ''),
    trustProxy: trustProxy(env),
    database,
    worker: flag(env, 'WORKER', true),
    operationLeaseSeconds: integer(env, 'OPERATION_LEASE_SECONDS', 30, 1, 86_400),
    // SQLite has one writer: a second runner lets short operations pass a long one; PostgreSQL runs them side by side.
    operationsConcurrency: integer(env, 'OPERATIONS_CONCURRENCY', database.dialect === 'postgres' ? 4 : 2, 1, 64),
    auth: {
      jwtSecret,
      jwksUrl,
      issuer: env.AUTH_ISSUER || undefined,
      audience: env.AUTH_AUDIENCE || undefined,
      requireExpiry: flag(env, 'AUTH_REQUIRE_EXPIRY', true),
      maxLifetimeSeconds: duration(env, 'AUTH_MAX_TOKEN_LIFETIME'),
    },
    rateLimitPerMinute: rateLimit,
    eventsNatsUrl: url(env, 'EVENTS_NATS_URL', ['nats:', 'tls:']),
    hubAllowPrivateTargets: flag(env, 'HUB_ALLOW_PRIVATE_TARGETS', false),
    hubRetryBaseMs: integer(env, 'HUB_RETRY_BASE_MS', 1000, 1, 3_600_000),
    logLevel,
    logFormat,
    billingCycleTimezone,
    // Every node of one deployment shares its database and its token key, so they derive the same key. A cursor
    // grants nothing a request could not ask (its org is the path's, its filters are validated again): the
    // signature tells a cursor of another list or an altered one, it guards no secret.
    cursorSecret: cursorSecret ?? createHash('sha256').update(`cursor\u0000${jwtSecret ?? ''}\u0000${env.DATABASE_URL ?? ''}`).digest('hex'),
    production: env.NODE_ENV === 'production',
  };
  if (config.production && !config.auth.jwtSecret && !config.auth.jwksUrl) {
    throw new ConfigError('NODE_ENV=production needs AUTH_JWT_SECRET or AUTH_JWKS_URL: refusing to run without authentication');
  }
  return config;
}

/** pino's options for the configured level and format: the API's logger and the worker's. */
export function loggerOptions(config: Pick<Config, 'logLevel' | 'logFormat'>): LoggerOptions {
  if (config.logFormat === 'json') return { level: config.logLevel };
  return { level: config.logLevel, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } };
}
