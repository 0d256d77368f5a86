import { randomUUID } from 'node:crypto';
import { recordCreation } from '../../core/transition.js';
import type { Operation, PatchablePath } from '../../core/patch.js';
import { patchResource, type PatchSpec } from '../../core/resource-patch.js';
import { findById, hashOf, insertResource, listResources, type Condition, type Conn, type Page, type Stored } from '../../core/store.js';
import { nowIso, toApiDate } from '../../core/time.js';
import type { RequestContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { Bundle, bundleLifecycle, bundlesTable, type BundleCreate } from './schema.js';

export async function requireBundle(c: Conn, org: string, id: string, lock = false): Promise<Stored<Bundle>> {
  const stored = await findById(c, bundlesTable, org, id, { lock });
  if (!stored) throw new AppError('BUNDLE_NOT_FOUND', `bundle ${id} not found`);
  return stored;
}

export async function createBundle(c: Conn, context: RequestContext, body: BundleCreate) {
  const date = toApiDate(nowIso());
  const bundle: Bundle = {
    id: (body.id ?? randomUUID()).toLowerCase(),
    legacy_id: body.legacy_id ?? null,
    account_id: body.account_id,
    legacy_account_id: body.legacy_account_id ?? null,
    catalogue_bundled_commercial_product_id: body.catalogue_bundled_commercial_product_id,
    status: 'ACTIVE',
    creation_date: date,
    creation_system: context.identity.system,
    creation_user: context.identity.user,
    last_updated_date: date,
    last_updated_user: context.identity.user,
  };
  const clientFields = { ...bundle, creation_date: undefined, creation_system: undefined, creation_user: undefined, last_updated_date: undefined, last_updated_user: undefined };
  const result = await insertResource(c, bundlesTable, context.org, bundle, hashOf(clientFields));
  if (!result.replayed) {
    await recordCreation(c, context, bundleLifecycle, bundle, { date: bundle.creation_date });
  }
  return result;
}

export function searchBundles(c: Conn, org: string, conditions: Condition[], page: Page) {
  return listResources(c, bundlesTable, org, conditions, page);
}

/** The paths a bundle's PATCH may change. */
export const BUNDLE_PATCH_PATHS: PatchablePath<Bundle>[] = [{ path: '/status' }, { path: '/legacy_id' }, { path: '/catalogue_bundled_commercial_product_id' }];

const bundlePatch: PatchSpec<Bundle> = {
  table: bundlesTable,
  schema: Bundle,
  lifecycle: bundleLifecycle,
  targetKind: 'BUNDLE',
  paths: BUNDLE_PATCH_PATHS,
  async onStatusChange(c, context, { before }) {
    const live = await c.db
      .selectFrom('subscriptions')
      .select('id')
      .where('org', '=', context.org)
      .where('bundle_id', '=', before.id)
      .where('status', 'not in', ['DEACTIVATED', 'CANCELLED'])
      .executeTakeFirst();
    if (live) throw new AppError('INVALID_BUNDLE_STATUS', `bundle ${before.id} still has the live subscription ${live.id}`);
  },
};

export async function patchBundle(c: Conn, context: RequestContext, id: string, operations: Operation[]) {
  const stored = await requireBundle(c, context.org, id, true);
  return patchResource(c, context, bundlePatch, stored, operations);
}
