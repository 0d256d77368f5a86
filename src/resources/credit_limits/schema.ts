import { Type, type Static } from '@sinclair/typebox';
import type { Presentation, ResourceTable } from '../../core/store.js';
import { DateTime, MONEY_FORMAT, ServerOwned, Text, Uuid, StringEnum } from '../../core/schemas.js';
import { creditLimitPaths } from './paths.js';
import { OrgParam } from '../../http/schemas.js';

/** The kinds of each subscription type that has credit limits (API.md section 9). */
export const CREDIT_LIMIT_KINDS_BY_TYPE = {
  MOBILE: [
    'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT',
    'MOBILE_SUBSCRIPTION_PREMIUM_CREDIT_LIMIT',
    'MOBILE_SUBSCRIPTION_INTERNATIONAL_VOICE_CREDIT_LIMIT',
    'MOBILE_SUBSCRIPTION_ROAMING_VOICE_CREDIT_LIMIT',
  ],
  LANDLINE: ['LANDLINE_SUBSCRIPTION_INTERNATIONAL_VOICE_CREDIT_LIMIT', 'LANDLINE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT'],
} as const;
export type CreditLimitSubscriptionType = keyof typeof CREDIT_LIMIT_KINDS_BY_TYPE;
export const CREDIT_LIMIT_KINDS = [...CREDIT_LIMIT_KINDS_BY_TYPE.MOBILE, ...CREDIT_LIMIT_KINDS_BY_TYPE.LANDLINE] as const;
export type CreditLimitKind = (typeof CREDIT_LIMIT_KINDS)[number];

const CreditLimitKindSchema = StringEnum(CREDIT_LIMIT_KINDS, { title: 'CreditLimitKind' });
const CreditLimitValue = Type.Number({ minimum: 0, maximum: 100000, description: `0–100000. ${MONEY_FORMAT}` });

/** One value of a kind: the current one, or an earlier one in `historical_changes`. */
export const CreditLimitChange = Type.Object(
  {
    credit_limit_value: CreditLimitValue,
    reason: Text(255),
    effective_date: DateTime('When this value was set'),
    update_system: Type.String(),
    update_user: Type.String(),
  },
  { additionalProperties: false, title: 'CreditLimitChange' },
);
export type CreditLimitChange = Static<typeof CreditLimitChange>;

export const CreditLimit = Type.Object(
  {
    credit_limit_id: CreditLimitKindSchema,
    ...CreditLimitChange.properties,
    historical_changes: Type.Array(CreditLimitChange, { description: 'The earlier values, newest first' }),
  },
  { additionalProperties: false, title: 'CreditLimit' },
);
export type CreditLimit = Static<typeof CreditLimit>;

export const CreditLimitInput = Type.Object(
  {
    credit_limit_id: CreditLimitKindSchema,
    credit_limit_value: CreditLimitValue,
    reason: Text(255),
    effective_date: ServerOwned,
    update_system: ServerOwned,
    update_user: ServerOwned,
    historical_changes: ServerOwned,
  },
  { additionalProperties: false, title: 'CreditLimitInput' },
);

export const CreditLimitsRequest = Type.Object(
  { credit_limits: Type.Array(CreditLimitInput, { minItems: 1, maxItems: CREDIT_LIMIT_KINDS.length, description: 'Each kind at most once' }) },
  { additionalProperties: false, title: 'CreditLimitsRequest' },
);
export type CreditLimitsRequest = Static<typeof CreditLimitsRequest>;

export const creditLimitParams = Type.Object(
  { org: OrgParam, subscriptionId: Uuid('subscriptionId (UUID)'), creditLimitId: CreditLimitKindSchema },
  { additionalProperties: false },
);

/**
 * One row per subscription and kind, holding its current value only: every change, the current one included, is a
 * row of `credit_limit_changes` (seq = the version it made), from which the answer's `historical_changes` is read.
 * Its store id is `<subscriptionId>:<kind>`, so reading one kind is a primary-key lookup and a line's kinds one index
 * range.
 */
export type StoredCreditLimit = Omit<CreditLimit, 'historical_changes'> & { id: string; subscription_id: string; creation_date: string };

export const creditLimitStoreId = (subscriptionId: string, kind: CreditLimitKind) => `${subscriptionId}:${kind}`;

export const creditLimitsTable: ResourceTable<StoredCreditLimit> = {
  table: 'credit_limits',
  kind: 'CreditLimit',
  columns: (limit) => ({ subscription_id: limit.subscription_id }),
  href: (org, limit) => creditLimitPaths.item.path({ org, subscriptionId: limit.subscription_id, creditLimitId: limit.credit_limit_id }),
  publishedId: (limit) => limit.credit_limit_id,
};

/** The answer form of a limit at its version, given the values before it (newest first): the store's keys stay internal. */
export function publicCreditLimit(stored: StoredCreditLimit, history: CreditLimitChange[]): CreditLimit {
  const { id: _id, subscription_id: _subscription, creation_date: _created, ...limit } = stored;
  return { ...limit, historical_changes: history };
}

/** The answer, read in one statement: the limit's row with its earlier changes (seq below its version), newest first. */
export const creditLimitPresentation: Presentation<StoredCreditLimit, CreditLimit> = {
  name: 'credit limit',
  table: creditLimitsTable,
  embeds: [
    {
      field: 'historical_changes',
      table: 'credit_limit_changes',
      parentColumn: 'credit_limit_id',
      below: { column: 'seq', parentColumn: 'version' },
      order: [['seq', 'desc']],
      present: (change: CreditLimitChange) => change,
    },
  ],
  present: (stored, embedded) => publicCreditLimit(stored, embedded.historical_changes as CreditLimitChange[]),
};
