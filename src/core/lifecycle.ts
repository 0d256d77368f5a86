import { AppError, type ErrorCode } from './errors.js';

/** Who triggers a transition: a PATCH/PUT of `/status`, an operation (202 endpoint, scheduler) or a cascade. */
export type Trigger = 'patch' | 'operation' | 'cascade';

export interface Transition<S extends string> {
  from: S;
  to: S;
  by: Trigger[];
}

/**
 * A resource's state machine, declared once in its own folder and enforced here for every trigger:
 * PATCH, PUT, 202 operations, cascades, the scheduler and CSV lines.
 */
export interface Lifecycle<S extends string> {
  kind: string;
  states: readonly S[];
  transitions: Transition<S>[];
  /** The code of a transition outside the graph. */
  invalidCode: ErrorCode;
  /** States reachable only through their own endpoint: PATCH/PUT to them is OPERATION_NOT_SUPPORTED. */
  ownEndpoint?: Partial<Record<S, string>>;
}

export function assertTransition<S extends string>(lifecycle: Lifecycle<S>, from: S, to: S, trigger: Trigger): void {
  if (trigger === 'patch' && lifecycle.ownEndpoint?.[to]) {
    throw new AppError('OPERATION_NOT_SUPPORTED', `${lifecycle.kind} status ${to} is set through ${lifecycle.ownEndpoint[to]}, not PATCH`);
  }
  const allowed = lifecycle.transitions.some((t) => t.from === from && t.to === to && t.by.includes(trigger));
  if (!allowed) {
    throw new AppError(lifecycle.invalidCode, `${lifecycle.kind} status cannot change from ${from} to ${to}`);
  }
}

export function canTransition<S extends string>(lifecycle: Lifecycle<S>, from: S, to: S, trigger: Trigger): boolean {
  return lifecycle.transitions.some((t) => t.from === from && t.to === to && t.by.includes(trigger));
}
