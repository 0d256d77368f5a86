import { sql } from 'kysely';
import { Type, type TObject, type TSchema } from '@sinclair/typebox';
import { activationStamp, deactivationStamp, type Lifecycle } from '../../core/lifecycle.js';
import { badRequest } from '../../core/errors.js';
import { DateTime, LegacyId, Nullable, serverOwned, Text, Uuid, StringEnum } from '../../core/schemas.js';
import type { FilterSpecs } from '../../http/filters.js';
import { SUBSCRIPTION_TYPES, type SpecificData, type SubscriptionType } from './types.js';

export const SUBSCRIPTION_STATUSES = ['PRE_ACTIVE', 'ACTIVE', 'SUSPENDED', 'DEACTIVATED', 'CANCELLED'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];
export const LIVE_STATUSES: SubscriptionStatus[] = ['ACTIVE', 'SUSPENDED'];
export const NON_FINAL_STATUSES: SubscriptionStatus[] = ['PRE_ACTIVE', 'ACTIVE', 'SUSPENDED'];

export const subscriptionLifecycle: Lifecycle<SubscriptionStatus, Subscription> = {
  kind: 'Subscription',
  states: SUBSCRIPTION_STATUSES,
  invalidCode: 'INVALID_SUBSCRIPTION_STATUS',
  ownEndpoint: { DEACTIVATED: 'POST …/subscriptions/{subscriptionId}/deactivation' },
  transitions: [
    { from: 'PRE_ACTIVE', to: 'ACTIVE', by: ['patch'] },
    { from: 'PRE_ACTIVE', to: 'CANCELLED', by: ['patch', 'cascade'] },
    { from: 'ACTIVE', to: 'SUSPENDED', by: ['patch'] },
    { from: 'SUSPENDED', to: 'ACTIVE', by: ['patch'] },
    { from: 'ACTIVE', to: 'DEACTIVATED', by: ['operation', 'cascade'] },
    { from: 'SUSPENDED', to: 'DEACTIVATED', by: ['operation', 'cascade'] },
  ],
  stamps: {
    // The line's own spelling of a status detail.
    every: (_subscription, { date, reason }) => ({ last_status_update: date, last_status_reason: reason }),
    entering: { ACTIVE: activationStamp, DEACTIVATED: deactivationStamp },
  },
};

export const SubscriptionStatusSchema = StringEnum(SUBSCRIPTION_STATUSES, { title: 'SubscriptionStatus' });
export const SubscriptionTypeSchema = StringEnum(SUBSCRIPTION_TYPES, { title: 'SubscriptionType' });

/** The common fields of every subscription, in answer form. */
export function subscriptionProperties(specificData: TSchema, children: Record<string, TSchema>) {
  return {
    id: Uuid(),
    legacy_id: Nullable(LegacyId('Id in the legacy stack')),
    pre_scoring_id: Nullable(Text(64)),
    type: SubscriptionTypeSchema,
    catalogue_commercial_product_id: Text(64),
    status: SubscriptionStatusSchema,
    mandatory: Type.Boolean(),
    bundle_id: Uuid(),
    account_id: Text(64),
    legacy_account_id: Nullable(LegacyId()),
    legacy_bundle_id: Nullable(LegacyId()),
    activation_date: Nullable(DateTime()),
    deactivation_date: Nullable(DateTime()),
    deactivation_system: Nullable(Type.String()),
    deactivation_user: Nullable(Type.String()),
    last_status_update: DateTime(),
    last_status_reason: Type.String(),
    creation_date: DateTime(),
    creation_system: Type.String(),
    creation_user: Type.String(),
    last_updated_date: DateTime(),
    last_updated_user: Type.String(),
    specific_data: specificData,
    promotions: Type.Array(children.promotions ?? Type.Unknown()),
    add_ons: Type.Array(children.add_ons ?? Type.Unknown()),
    devices: Type.Array(children.devices ?? Type.Unknown()),
  };
}

/** A subscription as stored (children are separate rows, embedded on read). */
export interface Subscription {
  id: string;
  legacy_id: number | null;
  pre_scoring_id: string | null;
  type: SubscriptionType;
  catalogue_commercial_product_id: string;
  status: SubscriptionStatus;
  mandatory: boolean;
  bundle_id: string;
  account_id: string;
  legacy_account_id: number | null;
  activation_date: string | null;
  deactivation_date: string | null;
  deactivation_system: string | null;
  deactivation_user: string | null;
  last_status_update: string;
  last_status_reason: string;
  creation_date: string;
  creation_system: string;
  creation_user: string;
  last_updated_date: string;
  last_updated_user: string;
  specific_data: SpecificData;
}

const SERVER_OWNED = [
  'type',
  'bundle_id',
  'legacy_bundle_id',
  'deactivation_date',
  'deactivation_system',
  'deactivation_user',
  'last_status_update',
  'last_status_reason',
  'creation_date',
  'creation_system',
  'creation_user',
  'last_updated_date',
  'last_updated_user',
];

/** A create body: the client fields, the server-owned ones accepted (and replaced), children created alongside. */
export function subscriptionCreateBody(title: string, specificData: TObject, children: Record<string, TSchema>): TObject {
  const answer = subscriptionProperties(specificData, children);
  const properties: Record<string, TSchema> = {};
  for (const [name, schema] of Object.entries(answer)) {
    if (name === 'catalogue_commercial_product_id' || name === 'specific_data') properties[name] = schema;
    else if (name === 'status') properties[name] = Type.Optional(StringEnum(['PRE_ACTIVE', 'ACTIVE'], { default: 'PRE_ACTIVE' }));
    else if (['promotions', 'add_ons', 'devices'].includes(name)) properties[name] = Type.Optional(Type.Array(children[name] ?? Type.Unknown(), { maxItems: 50 }));
    // The endpoint sets `type`: any string is accepted and replaced (the public Max and Disney examples send one, 1.14).
    else if (name === 'type') properties[name] = serverOwned(Type.String({ maxLength: 64, description: 'Set by the endpoint; accepted and replaced' }));
    else if (SERVER_OWNED.includes(name)) properties[name] = serverOwned(schema);
    else properties[name] = Type.Optional(schema);
  }
  return Type.Object(properties, { additionalProperties: false, title: `${title}Create` });
}

/** The filters of every subscription list (2.2); the org-wide search needs one of the identifying ones. */
export const subscriptionFilters: FilterSpecs = {
  legacy_id: { kind: 'integer', column: 'legacy_id' },
  legacy_account_id: { kind: 'integer', column: 'legacy_account_id' },
  legacy_bundle_id: {
    kind: 'custom',
    schema: LegacyId("The bundle's legacy id"),
    parse: (value, parameter) => {
      if (!/^-?\d{1,19}$/.test(value)) throw badRequest(`query parameter ${parameter} must be an integer, got ${value}`);
      const legacyId = Number(value);
      // The bundles that have (or, as of an instant, had) that legacy id.
      return (eb, rows) => eb('bundle_id', 'in', sql<string>`(select b.id from ${rows('bundles', 'b', sql`b.org = subscriptions.org and b.legacy_id = ${legacyId}`)})`);
    },
  },
  account_id: { kind: 'text', column: 'account_id' },
  mandatory: { kind: 'boolean', column: 'mandatory' },
  status: { kind: 'enum', column: 'status', values: SUBSCRIPTION_STATUSES },
  type: { kind: 'enum', column: 'type', values: SUBSCRIPTION_TYPES },
  activation_date: { kind: 'date', column: 'activation_date' },
  deactivation_date: { kind: 'date', column: 'deactivation_date' },
};

export const IDENTIFYING_FILTERS = ['legacy_id', 'legacy_account_id', 'legacy_bundle_id', 'account_id'];

export const SUBSCRIPTION_DEACTIVATION_REASONS = ['SUBSCRIBER_REQUESTED', 'PORTABILITY_OUT', 'NON_PAYMENT', 'FRAUD', 'TECHNICAL', 'OTHER'] as const;

export const SubscriptionDeactivationRequest = Type.Object(
  {
    reason: StringEnum(SUBSCRIPTION_DEACTIVATION_REASONS),
    deactivation_date: Type.Optional(DateTime('Default now; a future date schedules the deactivation')),
    commitments: Type.Optional(Type.Array(Uuid(), { maxItems: 500, description: 'The ACTIVE commitments the caller acknowledges will end' })),
  },
  { additionalProperties: false, title: 'SubscriptionDeactivationRequest' },
);
