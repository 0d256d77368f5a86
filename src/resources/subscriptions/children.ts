import type { TSchema } from '@sinclair/typebox';
import type { Conn, Embedding } from '../../core/store.js';
import type { RequestContext } from '../../core/context.js';
import type { Subscription } from './schema.js';

/**
 * The resources a subscription embeds (promotions, add-ons, devices) lend it these parts through their family
 * descriptors (src/resources/family.ts), so the subscription family neither imports them nor knows their
 * tables: they say how to load, create and cascade themselves.
 */
export interface SubscriptionChild {
  field: 'promotions' | 'add_ons' | 'devices';
  /** The embedded schema (answers and the create body's array). */
  schema: TSchema;
  /** The create body's element when it differs from the answer (server fields optional): else `schema`. */
  createSchema?: TSchema;
  /** How a line's answer embeds them (`field` included), read in the line's own statement. */
  embedding: Embedding;
  /** Creates the children sent in a subscription's create body, in its transaction. */
  createWith(c: Conn, context: RequestContext, subscription: Subscription, items: unknown[]): Promise<void>;
}

export interface CascadeContext {
  reason: string;
  date: string;
  operationId: string | null;
}

/** What happens to a line's children when the line changes status (2.1, 2.4). */
export interface SubscriptionCascade {
  onActivated?(c: Conn, context: RequestContext, subscription: Subscription, cascade: CascadeContext): Promise<void>;
  onCancelled?(c: Conn, context: RequestContext, subscription: Subscription, cascade: CascadeContext): Promise<void>;
  onDeactivated?(c: Conn, context: RequestContext, subscription: Subscription, cascade: CascadeContext): Promise<void>;
  /** The ids of the line's ACTIVE commitments (the deactivation's acknowledgement must list exactly these). */
  activeCommitmentIds?(c: Conn, org: string, subscription: Subscription): Promise<string[]>;
}

/** An extra check of a type's data against other resources (a DEVICE_INSURANCE device, …). */
export type TypeDataCheck = (c: Conn, org: string, subscription: Subscription) => Promise<void>;
