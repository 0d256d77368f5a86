import { Type, type Static } from '@sinclair/typebox';
import type { Lifecycle } from '../../core/lifecycle.js';
import type { ResourceTable } from '../../core/store.js';
import type { FilterSpecs } from '../../http/filters.js';
import { DateTime, LegacyId, Nullable, ServerOwned, Text, Uuid } from '../../core/schemas.js';
import { bundlePaths } from './paths.js';

export const BUNDLE_STATUSES = ['ACTIVE', 'DEACTIVATED'] as const;
export type BundleStatus = (typeof BUNDLE_STATUSES)[number];

export const Bundle = Type.Object(
  {
    id: Uuid(),
    legacy_id: Nullable(LegacyId('Matched by the legacy_bundle_id filters')),
    account_id: Text(64, 'Customer account'),
    legacy_account_id: Nullable(LegacyId()),
    catalogue_bundled_commercial_product_id: Text(64, 'The commercial offer the lines are sold under'),
    status: Type.Union(BUNDLE_STATUSES.map((value) => Type.Literal(value))),
    creation_date: DateTime(),
    creation_system: Type.String(),
    creation_user: Type.String(),
    last_updated_date: DateTime(),
    last_updated_user: Type.String(),
  },
  { additionalProperties: false, title: 'Bundle' },
);
export type Bundle = Static<typeof Bundle>;

export const BundleCreate = Type.Object(
  {
    id: Type.Optional(Uuid()),
    legacy_id: Type.Optional(Bundle.properties.legacy_id),
    account_id: Bundle.properties.account_id,
    legacy_account_id: Type.Optional(Bundle.properties.legacy_account_id),
    catalogue_bundled_commercial_product_id: Bundle.properties.catalogue_bundled_commercial_product_id,
    status: Type.Optional(Type.Literal('ACTIVE')),
    creation_date: ServerOwned,
    creation_system: ServerOwned,
    creation_user: ServerOwned,
    last_updated_date: ServerOwned,
    last_updated_user: ServerOwned,
  },
  { additionalProperties: false, title: 'BundleCreate' },
);
export type BundleCreate = Static<typeof BundleCreate>;

export const bundlesTable: ResourceTable<Bundle> = {
  table: 'bundles',
  kind: 'Bundle',
  href: (org, bundle) => bundlePaths.item.path({ org, bundleId: bundle.id }),
  columns: (bundle) => ({
    status: bundle.status,
    account_id: bundle.account_id,
    legacy_account_id: bundle.legacy_account_id,
    legacy_id: bundle.legacy_id,
  }),
};

export const bundleLifecycle: Lifecycle<BundleStatus> = {
  kind: 'Bundle',
  states: BUNDLE_STATUSES,
  invalidCode: 'INVALID_BUNDLE_STATUS',
  transitions: [{ from: 'ACTIVE', to: 'DEACTIVATED', by: ['patch'] }],
};

export const bundleFilters: FilterSpecs = {
  account_id: { kind: 'text', column: 'account_id' },
  legacy_account_id: { kind: 'integer', column: 'legacy_account_id' },
  legacy_id: { kind: 'integer', column: 'legacy_id' },
  status: { kind: 'enum', column: 'status', values: BUNDLE_STATUSES },
};
