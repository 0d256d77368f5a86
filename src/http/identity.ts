import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { JWTPayload } from 'jose';

/** jose, loaded only when a key is configured: an open service starts without it. */
type Jose = typeof import('jose');
import type { Config } from '../config.js';
import type { Identity } from '../core/context.js';
import { AppError, badRequest } from '../core/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    token?: JWTPayload;
  }
}

const MAX_AUDIT_HEADER = 256;

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  if (value === undefined) return undefined;
  const text = Array.isArray(value) ? value[0] : value;
  if (text.length > MAX_AUDIT_HEADER) throw badRequest(`header ${name} is longer than ${MAX_AUDIT_HEADER} characters`);
  return text === '' ? undefined : text;
}

/** system = x-auth-origin-aud, else the token's aud (first of an array), else N/A; user likewise from sub. */
export function identityOf(request: FastifyRequest): Identity {
  const aud = request.token?.aud;
  const tokenSystem = Array.isArray(aud) ? aud[0] : aud;
  return {
    system: header(request, 'x-auth-origin-aud') ?? tokenSystem ?? 'N/A',
    user: header(request, 'x-auth-origin-sub') ?? request.token?.sub ?? 'N/A',
  };
}

const unauthorized = (message: string) =>
  new AppError('UNAUTHORIZED', message, undefined, { 'www-authenticate': 'Bearer' });

/** The `alg` of a token's protected header; a token that is not a JWT at all gets one plain sentence. */
function algorithmOf({ decodeProtectedHeader }: Jose, token: string): unknown {
  try {
    return decodeProtectedHeader(token).alg;
  } catch {
    throw unauthorized('the bearer token is not a JWT (header.payload.signature, base64url)');
  }
}

export type Permission = 'read' | 'write' | 'admin';

/** Scopes nest: each one includes those before it (admin includes write, write includes read). */
const PERMISSION_LEVELS: Permission[] = ['read', 'write', 'admin'];

/** Whether a token's `scope` claim (space-separated) grants `permission`, directly or through a wider scope. */
export function scopeGrants(scope: unknown, permission: Permission): boolean {
  const granted = new Set(String(scope ?? '').split(/\s+/));
  return PERMISSION_LEVELS.slice(PERMISSION_LEVELS.indexOf(permission)).some((level) => granted.has(`subscriptions:${level}`));
}

/** Tokens minted a little ahead of or behind this clock still count (seconds); stated in the README. */
export const CLOCK_SKEW_SECONDS = 60;

const instant = (seconds: unknown) => (typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : 'an unreadable time');

/** jose's failure as a sentence for the person holding the token. */
function plainReason({ errors }: Jose, error: unknown, auth: Config['auth']): string {
  if (error instanceof errors.JWTExpired) {
    if (error.claim === 'exp') return `the bearer token expired at ${instant(error.payload.exp)}: mint a new one (npm run token)`;
    return 'the bearer token is too old';
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'exp' && error.reason === 'missing') return 'the bearer token has no expiry (exp claim): this service accepts only tokens that expire';
    if (error.claim === 'nbf') return `the bearer token is not valid yet: it starts at ${instant(error.payload.nbf)}`;
    if (error.claim === 'iat') return 'the bearer token claims to be issued in the future';
    if (error.claim === 'aud') return `the bearer token is for another audience: this service is ${auth.audience ?? 'unnamed'}`;
    if (error.claim === 'iss') return `the bearer token comes from another issuer: this service trusts ${auth.issuer ?? 'none'}`;
    return `the bearer token's ${error.claim} claim is not acceptable`;
  }
  if (error instanceof errors.JWKSNoMatchingKey) return 'the bearer token is signed with an unknown key: none of the published keys has its kid';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the bearer token is signed with another key: its signature does not match';
  if (error instanceof errors.JOSEAlgNotAllowed) return "the bearer token's algorithm is not accepted";
  if (error instanceof errors.JOSEError) return 'the bearer token cannot be read (a malformed header, payload or signature)';
  return 'the bearer token is not valid';
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The scope a route needs beyond the method's default (`admin` for administration batches). */
    permission?: Permission;
  }
}

/**
 * Bearer JWT verification (HS256 secret and/or a JWKS), org access from the `orgs` claim and scopes from
 * `scope`. With no key configured every request passes: the embedded default for local use.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, options: { auth: Config['auth'] }) => {
    const { auth } = options;
    if (!auth.jwksUrl && !auth.jwtSecret) {
      app.log.warn('authentication is OFF: set AUTH_JWT_SECRET or AUTH_JWKS_URL to require bearer tokens');
      return;
    }
    const jose = await import('jose');
    const { jwtVerify } = jose;
    const remote = auth.jwksUrl ? jose.createRemoteJWKSet(new URL(auth.jwksUrl)) : undefined;
    const secret = auth.jwtSecret ? new TextEncoder().encode(auth.jwtSecret) : undefined;

    async function verify(token: string): Promise<JWTPayload> {
      const common = {
        issuer: auth.issuer,
        audience: auth.audience,
        clockTolerance: CLOCK_SKEW_SECONDS,
        requiredClaims: auth.requireExpiry ? ['exp'] : [],
      };
      const algorithm = algorithmOf(jose, token);
      let payload: JWTPayload;
      if (algorithm === 'HS256' && secret) {
        payload = (await jwtVerify(token, secret, { ...common, algorithms: ['HS256'] })).payload;
      } else if (remote && algorithm !== 'HS256') {
        payload = (await jwtVerify(token, remote, { ...common, algorithms: ['RS256', 'ES256'] })).payload;
      } else {
        throw unauthorized(`the bearer token's algorithm is not accepted (${secret ? 'HS256' : 'RS256 or ES256'})`);
      }
      const maximum = auth.maxLifetimeSeconds;
      if (maximum !== undefined) {
        // A lifetime counts from issue (iat), or from now for a token that does not say when it was issued.
        const lifetime = (payload.exp ?? Infinity) - (payload.iat ?? Date.now() / 1000);
        if (lifetime > maximum + CLOCK_SKEW_SECONDS) {
          throw unauthorized(`the bearer token lives longer than this service allows (${maximum} s, AUTH_MAX_TOKEN_LIFETIME): mint a shorter one`);
        }
      }
      return payload;
    }

    app.addHook('onRequest', async (request) => {
      const params = request.params as { org?: string } | undefined;
      // Unroutable /v2 requests too: a caller without a valid token gets 401 before any 404 or 405.
      if (!(request.is404 ? request.url : request.routeOptions.url)?.startsWith('/v2/')) return;
      const authorization = request.headers.authorization;
      const match = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
      if (!match) throw unauthorized('a bearer token is required (Authorization: Bearer <JWT>)');
      try {
        request.token = await verify(match[1]);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw unauthorized(plainReason(jose, error, auth));
      }
      const orgs = request.token.orgs;
      const org = params?.org;
      const granted = orgs === '*' || (Array.isArray(orgs) && (orgs.includes('*') || (org !== undefined && orgs.includes(org))));
      if (org !== undefined && !granted) throw new AppError('FORBIDDEN_ORGANIZATION', `the token does not grant access to organization ${org}`);
      const needed: Permission =
        request.routeOptions.config.permission === 'admin' ? 'admin' : request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write';
      if (!scopeGrants(request.token.scope, needed)) {
        throw new AppError('MISSING_PERMISSIONS', `the token lacks the scope subscriptions:${needed} (or a wider one that includes it)`);
      }
    });
  },
  { name: 'auth' },
);

