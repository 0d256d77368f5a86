import { randomUUID } from 'node:crypto';
import { recordCreation } from '../../core/transition.js';
import type { Operation, PatchablePath } from '../../core/patch.js';
import { patchResource, type PatchSpec } from '../../core/resource-patch.js';
import { findById, hashOf, insertResource, listAll, type Conn, type Stored } from '../../core/store.js';
import { nowIso, toApiDate } from '../../core/time.js';
import type { RequestContext } from '../../core/context.js';
import { AppError, badRequest } from '../../core/errors.js';
import { assertMoney, fromCents, toCents } from '../../core/money.js';
import { requireDeviceOnPath } from '../devices/service.js';
import {
  paymentPlanLifecycle,
  paymentPlansTable,
  publicPaymentPlan,
  StoredPaymentPlanSchema,
  type Instalment,
  type PaymentPlan,
  type PaymentPlanCreate,
  type StoredPaymentPlan,
} from './schema.js';

const ISO_4217 = new Set(Intl.supportedValuesOf('currency'));

/**
 * Equal monthly instalments rounded down to the cent, the last absorbing the remainder (integer cents, so they
 * sum exactly to the financed amount); due on the start day, clamped to the month's last day, at the start time.
 */
export function computeInstalments(financedCents: number, count: number, startDate: string): Instalment[] {
  const start = new Date(startDate);
  const regular = Math.floor(financedCents / count);
  return Array.from({ length: count }, (_, index) => {
    const year = start.getUTCFullYear();
    const month = start.getUTCMonth() + index;
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    const due = new Date(
      Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay), start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds(), start.getUTCMilliseconds()),
    );
    const cents = index === count - 1 ? financedCents - regular * (count - 1) : regular;
    return { number: index + 1, due_date: toApiDate(due), amount: fromCents(cents) };
  });
}

/** The plan a create body describes; its own rules (money, down payment, currency) are checked before any lookup. */
function planFromBody(body: PaymentPlanCreate, subscriptionId: string, deviceId: string): StoredPaymentPlan {
  assertMoney(body.total_amount, 'total_amount');
  assertMoney(body.down_payment, 'down_payment');
  const downPayment = body.down_payment ?? 0;
  if (toCents(downPayment) >= toCents(body.total_amount)) {
    throw badRequest(`down_payment ${downPayment} must be less than total_amount ${body.total_amount}`);
  }
  const currency = body.currency ?? 'EUR';
  if (!ISO_4217.has(currency)) throw badRequest(`currency ${currency} is not an ISO 4217 currency code`);
  const instalments = computeInstalments(toCents(body.total_amount) - toCents(downPayment), body.instalments_count, body.start_date);
  const date = toApiDate(nowIso());
  return {
    id: (body.id ?? randomUUID()).toLowerCase(),
    legacy_id: body.legacy_id ?? null,
    status: 'ACTIVE',
    currency,
    total_amount: body.total_amount,
    down_payment: downPayment,
    instalments_count: body.instalments_count,
    start_date: toApiDate(body.start_date),
    end_date: instalments[instalments.length - 1].due_date,
    instalments,
    creation_date: date,
    last_updated_date: date,
    subscription_id: subscriptionId,
    device_id: deviceId,
  };
}

export async function createPaymentPlan(c: Conn, context: RequestContext, subscriptionId: string, deviceId: string, body: PaymentPlanCreate) {
  const plan = planFromBody(body, subscriptionId, deviceId);
  // The device's lock serialises the "one ACTIVE plan" rule.
  const { device } = await requireDeviceOnPath(c, context.org, subscriptionId, deviceId, { lock: true });
  const { end_date: _e, instalments: _i, creation_date: _c, last_updated_date: _l, ...clientFields } = body;
  const requestHash = hashOf([subscriptionId, deviceId, { ...clientFields, id: plan.id }]);
  // A known id replays (or conflicts) before the state rules: a retried create finds its own plan ACTIVE.
  if (!(await findById(c, paymentPlansTable, context.org, plan.id))) {
    if (device.resource.acquisition_type !== 'FINANCED') {
      throw new AppError('DEVICE_NOT_FINANCED', `device ${deviceId} is ${device.resource.acquisition_type ?? 'without an acquisition_type'}: only a FINANCED device has a payment plan`);
    }
    const [active] = await listAll(c, paymentPlansTable, context.org, [['device_id', '=', deviceId], ['status', '=', 'ACTIVE']]);
    if (active) throw new AppError('PAYMENT_PLAN_ALREADY_ACTIVE', `device ${deviceId} already has the ACTIVE payment plan ${active.id}`);
  }
  const result = await insertResource(c, paymentPlansTable, context.org, plan, requestHash);
  if (!result.replayed) {
    await recordCreation(c, context, paymentPlanLifecycle, plan, { date: plan.creation_date });
  }
  return { stored: publicStored(result.stored), replayed: result.replayed };
}

function publicStored(stored: Stored<StoredPaymentPlan>): Stored<PaymentPlan> {
  return { resource: publicPaymentPlan(stored.resource), version: stored.version };
}

export async function listPaymentPlans(c: Conn, org: string, subscriptionId: string, deviceId: string): Promise<PaymentPlan[]> {
  await requireDeviceOnPath(c, org, subscriptionId, deviceId);
  const plans = await listAll(c, paymentPlansTable, org, [['device_id', '=', deviceId]]);
  return plans.map(publicPaymentPlan);
}

async function requirePaymentPlan(c: Conn, org: string, subscriptionId: string, deviceId: string, id: string, lock = false) {
  await requireDeviceOnPath(c, org, subscriptionId, deviceId);
  const stored = await findById(c, paymentPlansTable, org, id, { scope: { device_id: deviceId }, lock });
  if (!stored) throw new AppError('PAYMENT_PLAN_NOT_FOUND', `payment plan ${id} not found`);
  return stored;
}

export async function getPaymentPlan(c: Conn, org: string, subscriptionId: string, deviceId: string, id: string) {
  return publicStored(await requirePaymentPlan(c, org, subscriptionId, deviceId, id));
}

/** The paths a payment plan's PATCH may change. */
export const PAYMENT_PLAN_PATCH_PATHS: PatchablePath<StoredPaymentPlan>[] = [{ path: '/status' }, { path: '/legacy_id' }];

const paymentPlanPatch: PatchSpec<StoredPaymentPlan> = {
  table: paymentPlansTable,
  schema: StoredPaymentPlanSchema,
  lifecycle: paymentPlanLifecycle as PatchSpec<StoredPaymentPlan>['lifecycle'],
  paths: PAYMENT_PLAN_PATCH_PATHS,
  async onStatusChange(_c, _context, { reason }) {
    if (!reason) throw badRequest('a payment plan status change needs a reason (1–100 characters)');
  },
};

export async function patchPaymentPlan(c: Conn, context: RequestContext, subscriptionId: string, deviceId: string, id: string, operations: Operation[]) {
  const stored = await requirePaymentPlan(c, context.org, subscriptionId, deviceId, id, true);
  return publicStored(await patchResource(c, context, paymentPlanPatch, stored, operations));
}
