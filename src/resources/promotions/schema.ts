import { Type, type Static } from '@sinclair/typebox';
import { activationStamp, deactivationStamp, type Lifecycle } from '../../core/lifecycle.js';
import type { ResourceTable } from '../../core/store.js';
import { toStoredDate } from '../../core/time.js';
import type { FilterSpecs } from '../../http/filters.js';
import { DateTime, LegacyId, Nullable, ServerOwnedDate, ServerOwnedStamp, Text, Uuid, StringEnum } from '../../core/schemas.js';
import { Commitment, CommitmentCreate } from '../commitments/schema.js';
import { promotionPaths } from './paths.js';

export const PROMOTION_STATUSES = ['REQUESTED', 'ACTIVE', 'CANCELLED', 'DEACTIVATED', 'EXPIRED'] as const;
export type PromotionStatus = (typeof PROMOTION_STATUSES)[number];
export const PROMOTION_ORIGINS = ['MIGRATION', 'EXISTING_CLIENT', 'UNKNOWN'] as const;
export const PROMOTION_TERMINATION_REASONS = [
  'AUTOMATICALLY_REMOVED',
  'MANUALLY_REMOVED',
  'OTHER',
  'PROMOTION_INCOMPATIBILITY',
  'SUBSCRIPTION_DEACTIVATION',
] as const;

export const PromotionStatusSchema = StringEnum(PROMOTION_STATUSES, { title: 'PromotionStatus' });
const Origin = StringEnum(PROMOTION_ORIGINS, {
  description: 'Promotion process origin. If not provided, it will be set to EXISTING_CLIENT by default',
});

export const PromotionStatusDetail = Type.Object(
  {
    reason: Type.String({ maxLength: 100 }),
    description: Nullable(Type.String({ maxLength: 1024 })),
    date: Nullable(DateTime()),
  },
  { additionalProperties: false, title: 'PromotionStatusDetail', description: 'Detail for the promotion current status' },
);

/** Exactly the seed's Promotion (../shared/seeds/promotions.txt) plus the add-on/device links of API.md 4.1. */
export const Promotion = Type.Object(
  {
    id: Uuid('Promotion ID'),
    legacy_id: Nullable(LegacyId('Legacy promotion ID')),
    catalogue_promotion_id: Text(255, 'Catalogue promotion ID'),
    commitments: Type.Array(Commitment),
    creation_date: DateTime('Promotion creation date. Format according to ISO 8601'),
    creation_system: Type.String({ description: 'The system that requested the promotion creation; N/A if not available' }),
    creation_user: Type.String({ description: 'The user that requested the promotion creation; N/A if not available' }),
    last_updated_date: DateTime('Date and time when any field of the promotion was last updated'),
    status: PromotionStatusSchema,
    status_detail: Nullable(PromotionStatusDetail),
    activation_date: Nullable(DateTime('When the promotion is or will be available in the subscription')),
    expiration_date: Nullable(DateTime('When the promotion expires')),
    deactivation_date: Nullable(DateTime('From this time on the promotion is cancelled or inactive')),
    deactivation_system: Nullable(Type.String({ description: 'The system that requested the deactivation' })),
    deactivation_user: Nullable(Type.String({ description: 'The user that requested the deactivation' })),
    origin: Origin,
    add_on_id: Nullable(Uuid('The add-on of the same subscription the promotion applies to (immutable)')),
    device_id: Nullable(Uuid('The device of the same subscription the promotion applies to (immutable)')),
  },
  { additionalProperties: false, title: 'Promotion' },
);
export type Promotion = Static<typeof Promotion>;

/** As stored: commitments are rows of their own (embedded on read); the subscription link stays internal. */
export const StoredPromotionSchema = Type.Object(
  {
    ...(Object.fromEntries(Object.entries(Promotion.properties).filter(([name]) => name !== 'commitments')) as Omit<typeof Promotion.properties, 'commitments'>),
    subscription_id: Uuid(),
  },
  { additionalProperties: false },
);
export type StoredPromotion = Static<typeof StoredPromotionSchema>;

/**
 * The create (and PUT) body: the seed's required fields are required except the server-owned ones, which are
 * accepted and replaced — kept only by a migration load (`origin: MIGRATION`), which stores history as it was.
 */
export const PromotionCreate = Type.Object(
  {
    id: Promotion.properties.id,
    legacy_id: Type.Optional(Promotion.properties.legacy_id),
    catalogue_promotion_id: Promotion.properties.catalogue_promotion_id,
    commitments: Type.Optional(Type.Array(CommitmentCreate, { maxItems: 50 })),
    creation_date: ServerOwnedDate,
    creation_system: ServerOwnedStamp,
    creation_user: ServerOwnedStamp,
    last_updated_date: ServerOwnedDate,
    status: PromotionStatusSchema,
    status_detail: Type.Optional(Promotion.properties.status_detail),
    activation_date: Type.Optional(Promotion.properties.activation_date),
    expiration_date: Type.Optional(Promotion.properties.expiration_date),
    deactivation_date: ServerOwnedDate,
    deactivation_system: ServerOwnedStamp,
    deactivation_user: ServerOwnedStamp,
    origin: Type.Optional(Origin),
    add_on_id: Type.Optional(Promotion.properties.add_on_id),
    device_id: Type.Optional(Promotion.properties.device_id),
  },
  { additionalProperties: false, title: 'PromotionCreate' },
);
export type PromotionCreate = Static<typeof PromotionCreate>;

/** The server-owned fields of a create body (kept only by a migration load). */
export const PROMOTION_SERVER_FIELDS = [
  'creation_date',
  'creation_system',
  'creation_user',
  'last_updated_date',
  'status_detail',
  'deactivation_date',
  'deactivation_system',
  'deactivation_user',
] as const;

export const PromotionTerminationRequest = Type.Object(
  {
    reason: StringEnum(PROMOTION_TERMINATION_REASONS, { description: 'Reason for the cancellation/deactivation' }),
  },
  { additionalProperties: false, title: 'PromotionTerminationRequest' },
);
export type PromotionTerminationRequest = Static<typeof PromotionTerminationRequest>;

export const promotionsTable: ResourceTable<StoredPromotion> = {
  table: 'promotions',
  kind: 'Promotion',
  columns: (promotion) => ({
    subscription_id: promotion.subscription_id,
    status: promotion.status,
    activation_date: promotion.activation_date ? toStoredDate(promotion.activation_date) : null,
    expiration_date: promotion.expiration_date ? toStoredDate(promotion.expiration_date) : null,
    add_on_id: promotion.add_on_id,
    device_id: promotion.device_id,
  }),
  href: (org, promotion) => promotionPaths.item.path({ org, subscriptionId: promotion.subscription_id, promotionId: promotion.id }),
};

/** API.md 4.1: DEACTIVATED and CANCELLED have their own endpoints; the scheduler activates and expires. */
export const promotionLifecycle: Lifecycle<PromotionStatus, StoredPromotion> = {
  kind: 'Promotion',
  states: PROMOTION_STATUSES,
  invalidCode: 'INVALID_PROMOTION_STATUS',
  ownEndpoint: {
    DEACTIVATED: 'POST …/promotions/{promotionId}/deactivation',
    CANCELLED: 'POST …/promotions/{promotionId}/cancellation',
  },
  transitions: [
    { from: 'REQUESTED', to: 'ACTIVE', by: ['patch', 'operation', 'cascade'] },
    { from: 'REQUESTED', to: 'CANCELLED', by: ['operation', 'cascade'] },
    { from: 'ACTIVE', to: 'DEACTIVATED', by: ['operation', 'cascade'] },
    { from: 'ACTIVE', to: 'EXPIRED', by: ['operation'] },
  ],
  stamps: { entering: { ACTIVE: activationStamp, DEACTIVATED: deactivationStamp, CANCELLED: deactivationStamp } },
};

/** P2, P8, P11 [seed]; every filter is backed by an index starting (org, subscription_id). */
export const promotionFilters: FilterSpecs = {
  activation_date: { kind: 'date', column: 'activation_date', description: 'Resource activation date filter. Available filters are [eq, lt, lte, gt, gte]' },
  expiration_date: { kind: 'date', column: 'expiration_date', description: 'Resource expiration date filter. Available filters are [eq, lt, lte, gt, gte]' },
  status: { kind: 'enum', column: 'status', values: PROMOTION_STATUSES },
};
