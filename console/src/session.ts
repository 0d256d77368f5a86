/**
 * Who the agent is to the API: the bearer token (kept in this tab's sessionStorage only, API.md 1.3), what it
 * grants, and whether the service asks for one at all.
 */

const TOKEN_KEY = 'inventory-console.token';
const ORG_KEY = 'inventory-console.org';

export type Permission = 'read' | 'write' | 'admin';

export interface TokenClaims {
  orgs: '*' | string[];
  scopes: string[];
  subject?: string;
  expires?: Date;
}

export const session = {
  /** From /console/config.json: does the service verify tokens? */
  authentication: false,
  token: sessionStorage.getItem(TOKEN_KEY) ?? undefined,
};

function base64UrlJson(part: string): unknown {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** Where a token comes from, for an agent who has none (README, Authentication). */
export const TOKEN_COMMAND = 'npm run token -- --org <org> --scope subscriptions:write';

/** Scopes nest as the service reads them: admin includes write, write includes read. */
const PERMISSION_LEVELS: Permission[] = ['read', 'write', 'admin'];
export function grants(scopes: string[], permission: Permission): boolean {
  return PERMISSION_LEVELS.slice(PERMISSION_LEVELS.indexOf(permission)).some((level) => scopes.includes(`subscriptions:${level}`));
}

/** Reads a JWT's claims (the service verifies it; the console only shows what it grants). */
export function decodeToken(token: string): TokenClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new Error('This is not a JWT: a token has three parts separated by dots.');
  let payload: Record<string, unknown>;
  try {
    payload = base64UrlJson(parts[1]) as Record<string, unknown>;
  } catch {
    throw new Error('The token payload cannot be read.');
  }
  const orgs = payload.orgs === '*' ? '*' : Array.isArray(payload.orgs) ? payload.orgs.map(String) : [];
  return {
    orgs: Array.isArray(orgs) && orgs.includes('*') ? '*' : orgs,
    scopes: String(payload.scope ?? '').split(/\s+/).filter(Boolean),
    subject: typeof payload.sub === 'string' ? payload.sub : undefined,
    expires: typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : undefined,
  };
}

export function claims(): TokenClaims | undefined {
  if (!session.token) return undefined;
  try {
    return decodeToken(session.token);
  } catch {
    return undefined;
  }
}

export function setToken(token: string | undefined): void {
  session.token = token;
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** Whether to offer an action: everything when the service runs without authentication. */
export function can(permission: Permission): boolean {
  if (!session.authentication) return true;
  const scopes = claims()?.scopes;
  return scopes ? grants(scopes, permission) : false;
}

export function rememberedOrg(): string | undefined {
  const granted = claims()?.orgs;
  if (Array.isArray(granted) && granted.length === 1) return granted[0];
  return localStorage.getItem(ORG_KEY) ?? undefined;
}

export function rememberOrg(org: string): void {
  localStorage.setItem(ORG_KEY, org);
}
