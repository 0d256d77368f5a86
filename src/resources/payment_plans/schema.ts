import { Type, type Static } from '@sinclair/typebox';
import type { Lifecycle } from '../../core/lifecycle.js';
import type { ResourceTable } from '../../core/store.js';
import { DateTime, LegacyId, Money, MONEY_FORMAT, Nullable, ServerOwned, Uuid } from '../../core/schemas.js';
import { paymentPlanPaths } from './paths.js';

export const PAYMENT_PLAN_STATUSES = ['ACTIVE', 'COMPLETED', 'CANCELLED'] as const;
export type PaymentPlanStatus = (typeof PAYMENT_PLAN_STATUSES)[number];

export const MAX_INSTALMENTS = 60;

export const Instalment = Type.Object(
  {
    number: Type.Integer({ minimum: 1, description: '1 for the first instalment' }),
    due_date: DateTime('Monthly on the start day (clamped to the month end), at the start time of day'),
    amount: Money(),
  },
  { additionalProperties: false, title: 'Instalment' },
);
export type Instalment = Static<typeof Instalment>;

/** The instalment plan of a FINANCED device (API.md 11). */
export const PaymentPlan = Type.Object(
  {
    id: Uuid(),
    legacy_id: Nullable(LegacyId()),
    status: Type.Union(PAYMENT_PLAN_STATUSES.map((value) => Type.Literal(value))),
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'Currency: an ISO 4217 alphabetic code (three capital letters, e.g. EUR)', examples: ['EUR'] }),
    total_amount: Money('Greater than 0'),
    down_payment: Money('Less than total_amount'),
    instalments_count: Type.Integer({ minimum: 1, maximum: MAX_INSTALMENTS }),
    start_date: DateTime('The first due date'),
    end_date: DateTime('The last due date (computed)'),
    instalments: Type.Array(Instalment, { description: 'Computed: they sum exactly to total_amount − down_payment' }),
    creation_date: DateTime(),
    last_updated_date: DateTime(),
  },
  { additionalProperties: false, title: 'PaymentPlan' },
);
export type PaymentPlan = Static<typeof PaymentPlan>;

export const PaymentPlanCreate = Type.Object(
  {
    id: Type.Optional(Uuid('Generated when absent')),
    legacy_id: Type.Optional(PaymentPlan.properties.legacy_id),
    status: Type.Optional(Type.Literal('ACTIVE')),
    currency: Type.Optional(Type.String({ ...PaymentPlan.properties.currency, default: 'EUR' })),
    total_amount: Type.Number({ exclusiveMinimum: 0, maximum: 1e12, description: `Greater than 0. ${MONEY_FORMAT}` }),
    down_payment: Type.Optional(Money('Default 0; less than total_amount')),
    instalments_count: PaymentPlan.properties.instalments_count,
    start_date: PaymentPlan.properties.start_date,
    end_date: ServerOwned,
    instalments: ServerOwned,
    creation_date: ServerOwned,
    last_updated_date: ServerOwned,
  },
  { additionalProperties: false, title: 'PaymentPlanCreate' },
);
export type PaymentPlanCreate = Static<typeof PaymentPlanCreate>;

/** As stored: the plan keeps its parent links, which answers leave out. */
export const StoredPaymentPlanSchema = Type.Object(
  { ...PaymentPlan.properties, subscription_id: Uuid(), device_id: Uuid() },
  { additionalProperties: false },
);
export type StoredPaymentPlan = Static<typeof StoredPaymentPlanSchema>;

export const paymentPlansTable: ResourceTable<StoredPaymentPlan> = {
  table: 'payment_plans',
  kind: 'PaymentPlan',
  columns: (plan) => ({ subscription_id: plan.subscription_id, device_id: plan.device_id, status: plan.status }),
  href: (org, plan) => paymentPlanPaths.item.path({ org, subscriptionId: plan.subscription_id, deviceId: plan.device_id, paymentPlanId: plan.id }),
};

export const paymentPlanLifecycle: Lifecycle<PaymentPlanStatus> = {
  kind: 'PaymentPlan',
  states: PAYMENT_PLAN_STATUSES,
  invalidCode: 'INVALID_PAYMENT_PLAN_STATUS',
  transitions: [
    { from: 'ACTIVE', to: 'COMPLETED', by: ['patch'] },
    { from: 'ACTIVE', to: 'CANCELLED', by: ['patch'] },
  ],
};

export function publicPaymentPlan(stored: StoredPaymentPlan): PaymentPlan {
  const { subscription_id: _subscription, device_id: _device, ...plan } = stored;
  return plan;
}
