import type { Identity } from './context.js';
import { AppError, type ErrorCode } from './errors.js';
import { toApiDate } from './time.js';

/** Who triggers a transition: a PATCH/PUT of `/status`, an operation (202 endpoint, scheduler) or a cascade. */
export type Trigger = 'patch' | 'operation' | 'cascade';

export interface Transition<S extends string> {
  from: S;
  to: S;
  by: Trigger[];
}

/** What a stamp knows of the change: dates in the contract's form. */
export interface StampInput {
  /** The instant of the change (its history entry, last_updated_date). */
  date: string;
  /** When the change takes effect: a deactivation's requested date, the date an activation was due… */
  effectiveDate: string;
  reason: string;
  identity: Identity;
}

/** The fields a transition sets on a resource, from the resource before the change and the change itself. */
export type Stamp<T> = (resource: T, change: StampInput) => Partial<T>;

/**
 * A resource's state machine, declared once in its own folder and enforced here for every trigger:
 * PATCH, PUT, 202 operations, cascades, the scheduler and CSV lines.
 */
export interface Lifecycle<S extends string, T = object> {
  kind: string;
  states: readonly S[];
  transitions: Transition<S>[];
  /** The code of a transition outside the graph. */
  invalidCode: ErrorCode;
  /** States reachable only through their own endpoint: PATCH/PUT to them is OPERATION_NOT_SUPPORTED. */
  ownEndpoint?: Partial<Record<S, string>>;
  /**
   * What a transition stamps besides status, status_detail and last_updated_* (applyTransition sets those where the
   * resource has them): on `every` change, and on `entering` a state.
   */
  stamps?: { every?: Stamp<T>; entering?: Partial<Record<S, Stamp<T>>> };
}

/** An ended resource records when, by whom: its deactivation_* fields. */
export const deactivationStamp = (_resource: unknown, { effectiveDate, identity }: StampInput) => ({
  deactivation_date: effectiveDate,
  deactivation_system: identity.system,
  deactivation_user: identity.user,
});

/** A resource becoming ACTIVE keeps the activation_date it was given, else it is active from the change. */
export const activationStamp = (resource: { activation_date: string | null }, { effectiveDate }: StampInput) => ({
  activation_date: toApiDate(resource.activation_date ?? effectiveDate),
});

export function assertTransition<S extends string, T>(lifecycle: Lifecycle<S, T>, from: S, to: S, trigger: Trigger): void {
  if (trigger === 'patch' && lifecycle.ownEndpoint?.[to]) {
    throw new AppError('OPERATION_NOT_SUPPORTED', `${lifecycle.kind} status ${to} is set through ${lifecycle.ownEndpoint[to]}, not PATCH`);
  }
  const allowed = lifecycle.transitions.some((t) => t.from === from && t.to === to && t.by.includes(trigger));
  if (!allowed) {
    throw new AppError(lifecycle.invalidCode, `${lifecycle.kind} status cannot change from ${from} to ${to}`);
  }
}

export function canTransition<S extends string, T>(lifecycle: Lifecycle<S, T>, from: S, to: S, trigger: Trigger): boolean {
  return lifecycle.transitions.some((t) => t.from === from && t.to === to && t.by.includes(trigger));
}
