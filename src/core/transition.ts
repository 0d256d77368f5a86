import type { Identity, RequestContext } from './context.js';
import { recordStatusChange } from './history.js';
import { assertTransition, type Lifecycle, type StampInput, type Trigger } from './lifecycle.js';
import type { Conn } from './store.js';
import { nowIso, toApiDate } from './time.js';

export interface TransitionInput {
  trigger: Trigger;
  reason: string;
  /** The instant of the change: its history entry and last_updated_date. Default now. */
  date?: string;
  /** When the change takes effect, stamped on the resource (status_detail, deactivation_date…). Default `date`. */
  effectiveDate?: string;
  operationId?: string | null;
  /** status_detail's description (a refusal's message). */
  description?: string | null;
}

/** Every change of a resource stamps when and, where the resource records it, by whom. */
export function stampLastUpdated(resource: object, date: string, identity: Identity): void {
  const record = resource as Record<string, unknown>;
  record.last_updated_date = toApiDate(date);
  if ('last_updated_user' in record) record.last_updated_user = identity.user;
}

/**
 * The one way a resource changes status, whatever triggers it (PATCH, an operation, a cascade, the scheduler):
 * the lifecycle allows it for that trigger, the resource gets its status and the stamps it declares, and the
 * status history records it. Answers the changed resource; the caller saves it (it may change more first).
 */
export async function applyTransition<S extends string, T extends { id: string; status?: S }>(
  c: Conn,
  context: RequestContext,
  lifecycle: Lifecycle<S, T>,
  resource: T,
  to: S,
  input: TransitionInput,
): Promise<T> {
  const from = resource.status as S;
  assertTransition(lifecycle, from, to, input.trigger);
  const date = input.date ?? nowIso();
  const change: StampInput = {
    date: toApiDate(date),
    effectiveDate: toApiDate(input.effectiveDate ?? date),
    reason: input.reason,
    identity: context.identity,
  };
  const after = { ...resource, status: to };
  if ('status_detail' in after) after.status_detail = { reason: input.reason, description: input.description ?? null, date: change.effectiveDate };
  Object.assign(after, lifecycle.stamps?.every?.(resource, change), lifecycle.stamps?.entering?.[to]?.(resource, change));
  stampLastUpdated(after, date, context.identity);
  await recordStatusChange(c, context.org, lifecycle.kind, resource.id, {
    from,
    to,
    reason: input.reason,
    date,
    identity: context.identity,
    operationId: input.operationId,
  });
  return after;
}

/** A resource's first history entry, from no status: its creation (a migration load keeps the legacy identity). */
export async function recordCreation(
  c: Conn,
  context: RequestContext,
  lifecycle: Pick<Lifecycle<string>, 'kind'>,
  resource: { id: string; status: string },
  change: { date: string; reason?: string | null; identity?: Identity },
): Promise<void> {
  await recordStatusChange(c, context.org, lifecycle.kind, resource.id, {
    from: null,
    to: resource.status,
    reason: change.reason ?? null,
    date: change.date,
    identity: change.identity ?? context.identity,
  });
}
