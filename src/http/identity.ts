import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
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
function algorithmOf(token: string): unknown {
  try {
    return decodeProtectedHeader(token).alg;
  } catch {
    throw unauthorized('the bearer token is not a JWT (header.payload.signature, base64url)');
  }
}

export type Permission = 'read' | 'write' | 'admin';

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
    const remote = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : undefined;
    const secret = auth.jwtSecret ? new TextEncoder().encode(auth.jwtSecret) : undefined;
    if (!remote && !secret) {
      app.log.warn('authentication is OFF: set AUTH_JWT_SECRET or AUTH_JWKS_URL to require bearer tokens');
      return;
    }

    async function verify(token: string): Promise<JWTPayload> {
      const common = { issuer: auth.issuer, audience: auth.audience, clockTolerance: 60 };
      const algorithm = algorithmOf(token);
      if (algorithm === 'HS256' && secret) {
        return (await jwtVerify(token, secret, { ...common, algorithms: ['HS256'] })).payload;
      }
      if (remote && algorithm !== 'HS256') {
        return (await jwtVerify(token, remote, { ...common, algorithms: ['RS256', 'ES256'] })).payload;
      }
      throw unauthorized(`the bearer token's algorithm is not accepted (${secret ? 'HS256' : 'RS256 or ES256'})`);
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
        // jose's messages say what failed ("exp" claim, signature); anything else is not worth showing a caller.
        throw unauthorized(`the bearer token is not valid${error instanceof errors.JOSEError ? `: ${error.message}` : ''}`);
      }
      const orgs = request.token.orgs;
      const org = params?.org;
      const granted = orgs === '*' || (Array.isArray(orgs) && (orgs.includes('*') || (org !== undefined && orgs.includes(org))));
      if (org !== undefined && !granted) throw new AppError('FORBIDDEN_ORGANIZATION', `the token does not grant access to organization ${org}`);
      const scopes = String(request.token.scope ?? '').split(/\s+/);
      const needed =
        request.routeOptions.config.permission === 'admin'
          ? 'subscriptions:admin'
          : request.method === 'GET' || request.method === 'HEAD'
            ? 'subscriptions:read'
            : 'subscriptions:write';
      if (!scopes.includes(needed)) throw new AppError('MISSING_PERMISSIONS', `the token lacks the scope ${needed}`);
    });
  },
  { name: 'auth' },
);

