import { AppError } from './errors.js';
import type { RequestEffect } from './store.js';

/** Who asked for a change: stamped into `*_system` / `*_user` fields and the status history. */
export interface Identity {
  system: string;
  user: string;
}

export const NO_IDENTITY: Identity = { system: 'N/A', user: 'N/A' };

/**
 * The service as composed from its resource families (src/resources/index.ts): the parts one family lends another
 * and the settings their rules read. src/resources/family.ts declares its fields; core knows none of them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Composition {}

/** What a service needs to know about the request: the tenant, who asks, the ETag it expects, and the composed service. */
export interface RequestContext {
  org: string;
  identity: Identity;
  ifMatch?: string;
  composition: Composition;
  /** A request with an Idempotency-Key: its first transaction writes the key (src/http/idempotency.ts). */
  effect?: RequestEffect;
}

export const etagOf = (version: number) => `"${version}"`;

/** 412 when the caller's If-Match names another version (`*` matches any). */
export function assertIfMatch(context: RequestContext, version: number): void {
  if (context.ifMatch === undefined) return;
  const candidates = context.ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (candidates.includes('*') || candidates.includes(etagOf(version))) return;
  throw new AppError('PRECONDITION_FAILED', `If-Match ${context.ifMatch} does not match the current ETag ${etagOf(version)}`);
}
