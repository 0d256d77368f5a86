import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Composition } from '../core/context.js';
import { EVENT_KINDS, type EventCompletion, type EventPresenter, type EventView } from '../core/events.js';
import type { Conn, ResourceTable, Stored } from '../core/store.js';
import type { RequestContext } from '../core/context.js';
import type { OperationHandlers, OperationRunners, OperationWork } from '../core/operations.js';
import type { AddOnDeactivationHook } from './add_ons/service.js';
import type { CommitmentParent } from './commitments/service.js';
import type { CommitmentParentKind } from './commitments/schema.js';
import type { SubscriptionCascade, SubscriptionChild, TypeDataCheck } from './subscriptions/children.js';
import type { SubscriptionType } from './subscriptions/types.js';

/**
 * A resource family as the service composes it: its routes and the parts it lends other families. Each family's
 * index.ts exports one; src/resources/index.ts lists them in order. Nothing registers itself on import.
 */
export interface ResourceFamily {
  name: string;
  routes: FastifyPluginAsyncTypebox;
  /** The work behind the family's 202 endpoints and scheduled transitions, by operation type. */
  operationHandlers?: OperationHandlers;
  /** Long operations that commit in slices of their own (an administration batch). */
  operationRunners?: OperationRunners;
  /** Embedded in a subscription's answers and create body, in the order of the family list. */
  subscriptionChild?: SubscriptionChild;
  /** What happens to the family's resources when a line changes status, in the order of the family list. */
  subscriptionCascade?: SubscriptionCascade;
  /** Checks of a line type's data against the family's resources. */
  typeDataChecks?: Partial<Record<SubscriptionType, TypeDataCheck>>;
  /** The family's resource holds commitments. */
  commitmentParent?: CommitmentParent;
  /** What of the family ends with an add-on. */
  addOnDeactivationHook?: AddOnDeactivationHook;
  /** The resource it publishes events of, shown as its GET answers (API.md 13). */
  eventView?: FamilyEventView;
}

type FamilyEventView = { kind: string; view: EventView; present?: EventPresenter; complete?: EventCompletion };

/**
 * A family's event view: its GET read path, given the resource as its table stores it; a presenter when the
 * answer at each change is known without a read, and with it a completion when the stored event leaves part of
 * that answer to be read when the event is (see EventCompletion).
 */
export function eventView<T extends { id: string }>(
  table: ResourceTable<T>,
  view: (c: Conn, context: RequestContext, resource: T) => Promise<Stored<unknown>>,
  present?: (resource: T) => unknown,
  complete?: EventCompletion,
): FamilyEventView {
  return {
    kind: table.kind,
    view: (c, context, subject) => view(c, context, subject as T),
    ...(present ? { present: (subject: { id: string }) => present(subject as T) } : {}),
    ...(complete ? { complete } : {}),
  };
}

/** What composing reads from the configuration. */
export interface CompositionSettings {
  billingCycleTimezone: string;
}

declare module '../core/context.js' {
  interface Composition {
    subscriptionChildren: SubscriptionChild[];
    subscriptionCascades: SubscriptionCascade[];
    typeDataChecks: Partial<Record<SubscriptionType, TypeDataCheck>>;
    commitmentParents: Record<CommitmentParentKind, CommitmentParent>;
    addOnDeactivationHooks: AddOnDeactivationHook[];
    /** BILLING_CYCLE_TIMEZONE: the promotion activation window's billing cycle starts at 00:00 on the 1st there. */
    billingCycleTimezone: string;
  }
}

const COMMITMENT_PARENT_KINDS: CommitmentParentKind[] = ['PROMOTION', 'DEVICE'];

/** Gathers what the families lend each other, once at start; a commitment parent kind no family provides stops the start. */
export function compose(families: ResourceFamily[], settings: CompositionSettings): Composition {
  const present = <T>(items: Array<T | undefined>) => items.filter((item): item is T => item !== undefined);
  const parents = present(families.map((family) => family.commitmentParent));
  const commitmentParents = Object.fromEntries(parents.map((parent) => [parent.kind, parent])) as Record<CommitmentParentKind, CommitmentParent>;
  const missing = COMMITMENT_PARENT_KINDS.filter((kind) => !commitmentParents[kind]);
  if (missing.length > 0) throw new Error(`no resource family holds commitments of kind ${missing.join(', ')}`);
  const shown = present(families.map((family) => family.eventView));
  const eventViews = Object.fromEntries(shown.map(({ kind, view }) => [kind, view]));
  const eventPresenters = Object.fromEntries(shown.flatMap(({ kind, present: show }) => (show ? [[kind, show]] : [])));
  const eventCompletions = Object.fromEntries(shown.flatMap(({ kind, complete }) => (complete ? [[kind, complete]] : [])));
  const unshown = EVENT_KINDS.filter((kind) => !eventViews[kind]);
  if (unshown.length > 0) throw new Error(`no resource family shows the events of ${unshown.join(', ')}`);
  return {
    subscriptionChildren: present(families.map((family) => family.subscriptionChild)),
    subscriptionCascades: present(families.map((family) => family.subscriptionCascade)),
    typeDataChecks: Object.assign({}, ...families.map((family) => family.typeDataChecks ?? {})),
    commitmentParents,
    addOnDeactivationHooks: present(families.map((family) => family.addOnDeactivationHook)),
    eventViews,
    eventPresenters,
    eventCompletions,
    billingCycleTimezone: settings.billingCycleTimezone,
  };
}

/** What the operations worker runs, in the API process or alone (`npm run worker`): every family's handlers and runners. */
export function operationWorkOf(families: ResourceFamily[]): OperationWork {
  return {
    handlers: Object.assign({}, ...families.map((family) => family.operationHandlers ?? {})),
    runners: Object.assign({}, ...families.map((family) => family.operationRunners ?? {})),
  };
}
