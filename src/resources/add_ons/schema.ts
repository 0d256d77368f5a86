import { Type, type Static } from '@sinclair/typebox';
import { deactivationStamp, type Lifecycle } from '../../core/lifecycle.js';
import type { ResourceTable } from '../../core/store.js';
import { toStoredDate } from '../../core/time.js';
import type { FilterSpecs } from '../../http/filters.js';
import { DateTime, LegacyId, Nullable, ServerOwnedDate, ServerOwnedText, Text, Uuid, StringEnum } from '../../core/schemas.js';
import { addOnPaths } from './paths.js';

export const ADD_ON_STATUSES = ['REQUESTED', 'ACTIVE', 'CANCELLED', 'DEACTIVATED'] as const;
export type AddOnStatus = (typeof ADD_ON_STATUSES)[number];

/** Exactly the seed's AddOn (../shared/seeds/addons.txt); empty optional fields are null. */
export const AddOn = Type.Object(
  {
    id: Uuid('Add-on unique identifier'),
    legacy_id: Nullable(LegacyId('Legacy add-on id Linked to MySim/Apollo storage, to be deprecated.')),
    catalogue_add_on_legacy_id: Text(255, 'MySim/Apollo related id for the Add-On catalogue resource definition'),
    catalogue_add_on_id: Text(255, 'Catalogue add-on ID'),
    creation_date: DateTime('add-on creation date. Format according to ISO 8601'),
    creation_system: Type.String(),
    creation_user: Type.String(),
    last_updated_date: DateTime(),
    status: StringEnum(ADD_ON_STATUSES, { description: 'add-on status' }),
    activation_date: Nullable(DateTime()),
    deactivation_date: Nullable(DateTime()),
    deactivation_system: Nullable(Type.String()),
    deactivation_user: Nullable(Type.String()),
    provider_product_id: Nullable(Text(255, 'External provider product identifier')),
    provider_service_id: Nullable(Text(255, 'External provider service identifier')),
  },
  { additionalProperties: false, title: 'AddOn' },
);
export type AddOn = Static<typeof AddOn>;

/** As stored: the answer plus the link to its subscription (answers leave it out: the response schema omits it). */
export const StoredAddOnSchema = Type.Object({ ...AddOn.properties, subscription_id: Uuid() }, { additionalProperties: false });
export type StoredAddOn = Static<typeof StoredAddOnSchema>;

export const addOnsTable: ResourceTable<StoredAddOn> = {
  table: 'add_ons',
  kind: 'AddOn',
  href: (org, addOn) => addOnPaths.item.path({ org, subscriptionId: addOn.subscription_id, addonId: addOn.id }),
  columns: (addOn) => ({
    subscription_id: addOn.subscription_id,
    status: addOn.status,
    legacy_id: addOn.legacy_id,
    activation_date: addOn.activation_date ? toStoredDate(addOn.activation_date) : null,
  }),
};


/**
 * The create body (A2, and each element of a subscription create's `add_ons`): the seed's AddOn with its
 * server-owned stamps accepted and replaced. `deactivation_date` is kept only for an add-on created already
 * ended (CANCELLED or DEACTIVATED).
 */
export const AddOnCreate = Type.Object(
  {
    id: AddOn.properties.id,
    legacy_id: Type.Optional(AddOn.properties.legacy_id),
    catalogue_add_on_legacy_id: AddOn.properties.catalogue_add_on_legacy_id,
    catalogue_add_on_id: AddOn.properties.catalogue_add_on_id,
    creation_date: ServerOwnedDate,
    creation_system: ServerOwnedText,
    creation_user: ServerOwnedText,
    last_updated_date: ServerOwnedDate,
    status: AddOn.properties.status,
    activation_date: Type.Optional(AddOn.properties.activation_date),
    deactivation_date: Type.Optional(AddOn.properties.deactivation_date),
    deactivation_system: ServerOwnedText,
    deactivation_user: ServerOwnedText,
    provider_product_id: Type.Optional(AddOn.properties.provider_product_id),
    provider_service_id: Type.Optional(AddOn.properties.provider_service_id),
  },
  { additionalProperties: false, title: 'AddOnCreate' },
);
export type AddOnCreate = Static<typeof AddOnCreate>;

export const addOnLifecycle: Lifecycle<AddOnStatus, StoredAddOn> = {
  kind: 'AddOn',
  states: ADD_ON_STATUSES,
  invalidCode: 'INVALID_ADD_ON_STATUS',
  ownEndpoint: { DEACTIVATED: 'POST …/subscriptions/{subscriptionId}/add_ons/{addonId}/deactivation' },
  transitions: [
    { from: 'REQUESTED', to: 'ACTIVE', by: ['patch'] },
    { from: 'REQUESTED', to: 'CANCELLED', by: ['patch', 'cascade'] },
    { from: 'ACTIVE', to: 'DEACTIVATED', by: ['operation', 'cascade'] },
  ],
  stamps: { entering: { DEACTIVATED: deactivationStamp, CANCELLED: deactivationStamp } },
};

/** A1 filters [seed]. */
export const addOnFilters: FilterSpecs = {
  activation_date: {
    kind: 'date',
    column: 'activation_date',
    description: 'Resource activation date filter. Available filters are [eq, lt, lte, gt, gte]. Format according to ISO 8601',
  },
  legacy_add_on_id: {
    kind: 'integer',
    column: 'legacy_id',
    description: 'AddOn id the subscription is linked to. Linked to MySim/Apollo storage, to be deprecated.',
  },
};

export const ADD_ON_DEACTIVATION_REASONS = ['SUBSCRIBER_RESIGNATION'] as const;

export const SubscriptionAddOnDeactivationRequest = Type.Object(
  {
    reason: StringEnum(ADD_ON_DEACTIVATION_REASONS, { description: 'Reason for the deactivation' }),
  },
  { additionalProperties: false, title: 'SubscriptionAddOnDeactivationRequest' },
);
export type SubscriptionAddOnDeactivationRequest = Static<typeof SubscriptionAddOnDeactivationRequest>;
