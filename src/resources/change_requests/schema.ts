import { Type, type Static } from '@sinclair/typebox';
import type { Lifecycle } from '../../core/lifecycle.js';
import type { ResourceTable } from '../../core/store.js';
import { toStoredDate } from '../../core/time.js';
import type { FilterSpecs } from '../../http/filters.js';
import { DateTime, Nullable, ServerOwned, Text, Uuid } from '../../core/schemas.js';
import { changeRequestPaths } from './paths.js';

export const CHANGE_REQUEST_STATUSES = ['REQUESTED', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED'] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];
export const CHANGE_REQUEST_TYPES = ['TARIFF'] as const;
export const CHANGE_REQUEST_REASONS = ['SUBSCRIBER_REQUESTED', 'COMMERCIAL_ACTION', 'RETENTION', 'CORRECTION', 'OTHER'] as const;
/** The statuses that hold a bundle's tariff: at most one such tariff change per bundle. */
export const PENDING_STATUSES: ChangeRequestStatus[] = ['REQUESTED', 'IN_PROGRESS'];

const ChangeRequestReason = Type.Union(CHANGE_REQUEST_REASONS.map((value) => Type.Literal(value)), { title: 'ChangeRequestReason' });

export const TariffSpecificData = Type.Object(
  {
    catalogue_bundled_commercial_product_id: Text(64, "The bundle's new commercial offer"),
    catalogue_promotion_ids: Type.Array(Text(255, "A promotion's catalogue_promotion_id"), {
      maxItems: 20,
      uniqueItems: true,
      default: [],
      description: 'Catalogue promotions added to the subscription (ACTIVE) when the change is executed',
    }),
  },
  { additionalProperties: false, title: 'TariffSpecificData' },
);

export const StatusDetail = Type.Object(
  { reason: Type.String(), description: Nullable(Type.String()), date: DateTime() },
  { additionalProperties: false, title: 'ChangeRequestStatusDetail' },
);

export const ChangeRequest = Type.Object(
  {
    id: Uuid(),
    type: Type.Union(CHANGE_REQUEST_TYPES.map((value) => Type.Literal(value))),
    status: Type.Union(CHANGE_REQUEST_STATUSES.map((value) => Type.Literal(value)), { title: 'ChangeRequestStatus' }),
    status_detail: Nullable(StatusDetail),
    date_scheduled: DateTime('When the change is executed'),
    execution_date: Nullable(DateTime('When the change was applied')),
    parent_change_request: Nullable(Uuid('A change request of the same subscription')),
    reason: ChangeRequestReason,
    request_user: Type.String(),
    request_system: Type.String(),
    specific_data: TariffSpecificData,
    creation_date: DateTime(),
    last_updated_date: DateTime(),
  },
  { additionalProperties: false, title: 'ChangeRequest' },
);
export type ChangeRequest = Static<typeof ChangeRequest>;

export const TariffChangeRequestCreate = Type.Object(
  {
    id: Type.Optional(Uuid()),
    type: Type.Optional(Type.Literal('TARIFF')),
    status: Type.Optional(Type.Literal('REQUESTED')),
    specific_data: Type.Object(
      {
        catalogue_bundled_commercial_product_id: TariffSpecificData.properties.catalogue_bundled_commercial_product_id,
        catalogue_promotion_ids: Type.Optional(TariffSpecificData.properties.catalogue_promotion_ids),
      },
      { additionalProperties: false },
    ),
    date_scheduled: Type.Optional(DateTime('Default now; at most 5 minutes past and less than a year ahead')),
    reason: ChangeRequestReason,
    parent_change_request: Type.Optional(Nullable(Uuid('A change request of the same subscription'))),
    status_detail: ServerOwned,
    execution_date: ServerOwned,
    request_user: ServerOwned,
    request_system: ServerOwned,
    creation_date: ServerOwned,
    last_updated_date: ServerOwned,
  },
  { additionalProperties: false, title: 'TariffChangeRequestCreate' },
);
export type TariffChangeRequestCreate = Static<typeof TariffChangeRequestCreate>;

export const ChangeRequestCancellation = Type.Object({ reason: ChangeRequestReason }, { additionalProperties: false, title: 'ChangeRequestCancellation' });
export type ChangeRequestCancellation = Static<typeof ChangeRequestCancellation>;

/** As stored: the answer plus the links to its subscription and bundle (the tariff is the bundle's). */
export type StoredChangeRequest = ChangeRequest & { subscription_id: string; bundle_id: string };

export const changeRequestsTable: ResourceTable<StoredChangeRequest> = {
  table: 'change_requests',
  kind: 'ChangeRequest',
  href: (org, request) => changeRequestPaths.item.path({ org, subscriptionId: request.subscription_id, changeRequestId: request.id }),
  columns: (request) => ({
    subscription_id: request.subscription_id,
    bundle_id: request.bundle_id,
    type: request.type,
    status: request.status,
    date_scheduled: toStoredDate(request.date_scheduled),
  }),
};

export const changeRequestLifecycle: Lifecycle<ChangeRequestStatus, StoredChangeRequest> = {
  kind: 'ChangeRequest',
  states: CHANGE_REQUEST_STATUSES,
  invalidCode: 'CHANGE_REQUEST_NOT_CANCELLABLE',
  ownEndpoint: { CANCELLED: 'POST …/change_requests/{changeRequestId}/cancellation' },
  transitions: [
    { from: 'REQUESTED', to: 'IN_PROGRESS', by: ['operation'] },
    { from: 'IN_PROGRESS', to: 'COMPLETED', by: ['operation'] },
    { from: 'IN_PROGRESS', to: 'FAILED', by: ['operation'] },
    { from: 'REQUESTED', to: 'CANCELLED', by: ['operation'] },
  ],
  stamps: { entering: { COMPLETED: (_request, { effectiveDate }) => ({ execution_date: effectiveDate }) } },
};

export const changeRequestFilters: FilterSpecs = {
  status: { kind: 'enum', column: 'status', values: CHANGE_REQUEST_STATUSES },
  date_scheduled: { kind: 'date', column: 'date_scheduled' },
  type: { kind: 'enum', column: 'type', values: CHANGE_REQUEST_TYPES },
};

/** The answer form: the parent links stay internal. */
export function publicChangeRequest(stored: StoredChangeRequest): ChangeRequest {
  const { subscription_id: _subscription, bundle_id: _bundle, ...request } = stored;
  return request;
}
