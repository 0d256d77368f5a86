import { Type, type Static } from '@sinclair/typebox';
import type { Lifecycle } from '../../core/lifecycle.js';
import type { ResourceTable } from '../../core/store.js';
import { toStoredDate } from '../../core/time.js';
import { DateTime, LegacyId, Nullable, serverOwned, ServerOwnedStamp, Text, Uuid, StringEnum } from '../../core/schemas.js';
import { commitmentPaths } from './paths.js';

export const COMMITMENT_STATUSES = ['ACTIVE', 'EXPIRED', 'DEACTIVATED'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** A customer commitment (minimum stay, financing term) of one promotion or one device (API.md section 7). */
export const Commitment = Type.Object(
  {
    id: Uuid(),
    legacy_id: Nullable(LegacyId()),
    catalogue_term_id: Nullable(Text(64, 'The catalogue term that defines it')),
    status: StringEnum(COMMITMENT_STATUSES),
    start_date: Nullable(DateTime('When it started binding; null while its promotion is REQUESTED')),
    expiration_date: Nullable(DateTime('End of the commitment period')),
    cancellation_date: Nullable(DateTime()),
    cancellation_system: Nullable(Type.String()),
    cancellation_user: Nullable(Type.String()),
    cancellation_reason: Nullable(Type.String()),
    creation_date: DateTime(),
    last_updated_date: DateTime(),
  },
  { additionalProperties: false, title: 'Commitment' },
);
export type Commitment = Static<typeof Commitment>;

/**
 * A commitment in a parent's create body or appended by `add /commitments/-`: server fields accepted and replaced,
 * except that a migration load keeps `status` and the `cancellation_*` stamps (API.md 1.14).
 */
export const CommitmentCreate = Type.Object(
  {
    id: Type.Optional(Uuid()),
    legacy_id: Type.Optional(Commitment.properties.legacy_id),
    catalogue_term_id: Type.Optional(Commitment.properties.catalogue_term_id),
    expiration_date: Type.Optional(Commitment.properties.expiration_date),
    status: serverOwned(Commitment.properties.status),
    start_date: serverOwned(Commitment.properties.start_date),
    cancellation_date: serverOwned(Commitment.properties.cancellation_date),
    cancellation_system: ServerOwnedStamp,
    cancellation_user: ServerOwnedStamp,
    cancellation_reason: serverOwned(Type.String({ maxLength: 255, description: 'Kept by a migration load' })),
    creation_date: serverOwned(Commitment.properties.creation_date),
    last_updated_date: serverOwned(Commitment.properties.last_updated_date),
  },
  { additionalProperties: false, title: 'CommitmentCreate' },
);
export type CommitmentCreate = Static<typeof CommitmentCreate>;

export type CommitmentParentKind = 'PROMOTION' | 'DEVICE';

export type StoredCommitment = Commitment & { parent_kind: CommitmentParentKind; parent_id: string; subscription_id: string };

export const commitmentsTable: ResourceTable<StoredCommitment> = {
  table: 'commitments',
  kind: 'Commitment',
  // The parent's id under its own path parameter: promotionId or deviceId.
  href: (org, commitment) =>
    commitmentPaths[commitment.parent_kind].path({
      org,
      subscriptionId: commitment.subscription_id,
      promotionId: commitment.parent_id,
      deviceId: commitment.parent_id,
      commitmentId: commitment.id,
    }),
  columns: (commitment) => ({
    parent_kind: commitment.parent_kind,
    parent_id: commitment.parent_id,
    subscription_id: commitment.subscription_id,
    status: commitment.status,
    expiration_date: commitment.expiration_date ? toStoredDate(commitment.expiration_date) : null,
  }),
};

export const commitmentLifecycle: Lifecycle<CommitmentStatus, StoredCommitment> = {
  kind: 'Commitment',
  states: COMMITMENT_STATUSES,
  invalidCode: 'INVALID_COMMITMENT_STATUS',
  transitions: [
    { from: 'ACTIVE', to: 'DEACTIVATED', by: ['patch', 'cascade', 'operation'] },
    { from: 'ACTIVE', to: 'EXPIRED', by: ['operation'] },
  ],
  stamps: {
    entering: {
      DEACTIVATED: (_commitment, { effectiveDate, identity, reason }) => ({
        cancellation_date: effectiveDate,
        cancellation_system: identity.system,
        cancellation_user: identity.user,
        cancellation_reason: reason,
      }),
    },
  },
};

/** The answer form: the parent links stay internal. */
export const COMMITMENT_LINKS = ['parent_kind', 'parent_id', 'subscription_id'] as const;
export function publicCommitment(stored: StoredCommitment): Commitment {
  const { parent_kind: _kind, parent_id: _parent, subscription_id: _subscription, ...commitment } = stored;
  return commitment;
}
