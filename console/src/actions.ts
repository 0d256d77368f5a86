import { client, ok, type AddOn, type ChangeRequest, type Commitment, type CreditLimit, type Promotion, type RequestBodyOf, type Subscription } from './api.js';
import { choices, localInputToIso, openAction, OTHER_REASON, type Choice, type Values } from './dialog.js';
import { h, type Child } from './dom.js';
import { formatLocalDateTime, formatMoney, humanize, timeLeft } from './format.js';

/** The actions of a line (API.md 2, 4, 6, 7, 9, 10), each with the contract's reasons and what it will do. */

export const line = '/v2/orgs/{org}/subscriptions/{subscriptionId}' as const;

type PromotionReason = RequestBodyOf<`${typeof line}/promotions/{promotionId}/deactivation`, 'post'>['reason'];
type AddOnReason = RequestBodyOf<`${typeof line}/add_ons/{addonId}/deactivation`, 'post'>['reason'];
type LineDeactivationReason = RequestBodyOf<`${typeof line}/deactivation`, 'post'>['reason'];
type ChangeReason = RequestBodyOf<`${typeof line}/change_requests/tariff`, 'post'>['reason'];
type CreditLimitKind = CreditLimit['credit_limit_id'];

const PROMOTION_REASONS = choices<PromotionReason>()({
  MANUALLY_REMOVED: 'Manually removed',
  AUTOMATICALLY_REMOVED: 'Automatically removed',
  PROMOTION_INCOMPATIBILITY: 'Incompatible with another promotion',
  SUBSCRIPTION_DEACTIVATION: 'Subscription deactivation',
  OTHER: 'Other',
});
const ADD_ON_REASONS = choices<AddOnReason>()({ SUBSCRIBER_RESIGNATION: 'Subscriber resignation' });
const LINE_DEACTIVATION_REASONS = choices<LineDeactivationReason>()({
  SUBSCRIBER_REQUESTED: 'Subscriber requested',
  PORTABILITY_OUT: 'Ported out to another operator',
  NON_PAYMENT: 'Non-payment',
  FRAUD: 'Fraud',
  TECHNICAL: 'Technical',
  OTHER: 'Other',
});
const CHANGE_REASONS = choices<ChangeReason>()({
  SUBSCRIBER_REQUESTED: 'Subscriber requested',
  COMMERCIAL_ACTION: 'Commercial action',
  RETENTION: 'Retention',
  CORRECTION: 'Correction',
  OTHER: 'Other',
});
const CREDIT_LIMIT_KINDS: Record<'MOBILE' | 'LANDLINE', CreditLimitKind[]> = {
  MOBILE: [
    'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT',
    'MOBILE_SUBSCRIPTION_PREMIUM_CREDIT_LIMIT',
    'MOBILE_SUBSCRIPTION_INTERNATIONAL_VOICE_CREDIT_LIMIT',
    'MOBILE_SUBSCRIPTION_ROAMING_VOICE_CREDIT_LIMIT',
  ],
  LANDLINE: ['LANDLINE_SUBSCRIPTION_INTERNATIONAL_VOICE_CREDIT_LIMIT', 'LANDLINE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT'],
};
/**
 * Reasons the API takes as free text of 1–100 characters (a commitment's end, API.md 7.2; a line's status change,
 * 1.14): the usual ones to choose, and "Other" to write the reason itself.
 */
const otherReason: Choice = { value: OTHER_REASON, label: 'Other (write the reason)' };
const COMMITMENT_REASONS: Choice[] = [
  { value: 'SUBSCRIBER_REQUESTED', label: 'Subscriber requested' },
  { value: 'RETENTION_WAIVER', label: 'Retention waiver' },
  { value: 'CORRECTION', label: 'Correction' },
  otherReason,
];
const STATUS_REASONS: Choice[] = [
  { value: 'SUBSCRIBER_REQUESTED', label: 'Subscriber requested' },
  { value: 'NON_PAYMENT', label: 'Non-payment' },
  { value: 'FRAUD', label: 'Fraud' },
  { value: 'TECHNICAL', label: 'Technical' },
  { value: 'CORRECTION', label: 'Correction' },
  otherReason,
];
/** Where the contract takes a reason code only, "Other" is the code OTHER: say so rather than offer a text box it drops. */
const CODE_ONLY = 'The service records the reason as one of these codes; this request takes no free-text reason.';

export const creditLimitKindsOf = (type: string): CreditLimitKind[] => CREDIT_LIMIT_KINDS[type as 'MOBILE' | 'LANDLINE'] ?? [];
/** `MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT` → "Total credit limit": the line's type is already on the page. */
export const creditLimitLabel = (kind: string) => humanize(kind.replace(/^(MOBILE|LANDLINE)_SUBSCRIPTION_/, ''));

export interface LineContext {
  org: string;
  subscription: Subscription;
  /** The subscription's ETag when the page loaded: a status change is sent with If-Match. */
  etag?: string;
  creditLimits: CreditLimit[];
  refresh: () => Promise<void>;
  /** Set while the page shows the line as it was at this instant: a past view, never written to. */
  asOf?: string;
}

export const path = (context: LineContext) => ({ org: context.org, subscriptionId: context.subscription.id });
const activeCommitments = (commitments: Commitment[]) => commitments.filter((commitment) => commitment.status === 'ACTIVE');
const commitmentPhrase = (commitment: Commitment): Child =>
  h('span', null, commitment.catalogue_term_id ?? commitment.id, commitment.expiration_date ? ` (${timeLeft(commitment.expiration_date)})` : '');

export function deactivatePromotion(context: LineContext, promotion: Promotion): void {
  const active = activeCommitments(promotion.commitments);
  openAction({
    org: context.org,
    title: `Deactivate promotion ${promotion.catalogue_promotion_id}`,
    confirmLabel: 'Deactivate promotion',
    danger: true,
    fields: [{ name: 'reason', label: 'Reason', kind: 'select', options: PROMOTION_REASONS, required: true, help: CODE_ONLY }],
    effects: ({ reason }) => [
      `The promotion ${promotion.catalogue_promotion_id} becomes DEACTIVATED now${reason ? `, reason ${reason}` : ''}.`,
      active.length > 0
        ? h('span', null, active.length === 1 ? 'Its active commitment stays as it is (end it with “End commitment”): ' : `Its ${active.length} active commitments stay as they are (end each with “End commitment”): `, active.map((commitment, index) => [index > 0 ? ', ' : '', commitmentPhrase(commitment)]))
        : 'It has no active commitment.',
    ],
    submit: async ({ reason }) =>
      ok(
        client.POST(`${line}/promotions/{promotionId}/deactivation`, {
          params: { path: { ...path(context), promotionId: promotion.id } },
          body: { reason: reason as PromotionReason },
        }),
      ),
    onDone: context.refresh,
  });
}

export function cancelPromotion(context: LineContext, promotion: Promotion): void {
  const active = activeCommitments(promotion.commitments);
  openAction({
    org: context.org,
    title: `Cancel promotion ${promotion.catalogue_promotion_id}`,
    confirmLabel: 'Cancel promotion',
    danger: true,
    fields: [{ name: 'reason', label: 'Reason', kind: 'select', options: PROMOTION_REASONS, required: true, help: CODE_ONLY }],
    effects: () => [
      `The requested promotion ${promotion.catalogue_promotion_id} becomes CANCELLED: it never starts.`,
      active.length > 0
        ? h('span', null, `Its commitments end (DEACTIVATED, reason PROMOTION_CANCELLATION): `, active.map((commitment, index) => [index > 0 ? ', ' : '', commitmentPhrase(commitment)]))
        : 'It has no active commitment.',
    ],
    submit: async ({ reason }) =>
      ok(
        client.POST(`${line}/promotions/{promotionId}/cancellation`, {
          params: { path: { ...path(context), promotionId: promotion.id } },
          body: { reason: reason as PromotionReason },
        }),
      ),
    onDone: context.refresh,
  });
}

export function deactivateAddOn(context: LineContext, addOn: AddOn): void {
  const linked = context.subscription.promotions.filter((promotion) => promotion.add_on_id === addOn.id);
  const ending = linked.filter((promotion) => promotion.status === 'ACTIVE' || promotion.status === 'REQUESTED');
  openAction({
    org: context.org,
    title: `Deactivate add-on ${addOn.catalogue_add_on_id}`,
    confirmLabel: 'Deactivate add-on',
    danger: true,
    fields: [{ name: 'reason', label: 'Reason', kind: 'select', options: ADD_ON_REASONS, required: true, value: 'SUBSCRIBER_RESIGNATION' }],
    effects: () => [
      `The add-on ${addOn.catalogue_add_on_id} becomes DEACTIVATED now.`,
      ending.length > 0
        ? `Its promotions end with it (reason AUTOMATICALLY_REMOVED): ${ending.map((promotion) => `${promotion.catalogue_promotion_id} ${promotion.status === 'ACTIVE' ? '→ DEACTIVATED' : '→ CANCELLED'}`).join(', ')}.`
        : 'No promotion is linked to it.',
    ],
    submit: async ({ reason }) =>
      ok(
        client.POST(`${line}/add_ons/{addonId}/deactivation`, {
          params: { path: { ...path(context), addonId: addOn.id } },
          body: { reason: reason as AddOnReason },
        }),
      ),
    onDone: context.refresh,
  });
}

export function endCommitment(context: LineContext, parent: { kind: 'promotion' | 'device'; id: string; name: string }, commitment: Commitment): void {
  openAction({
    org: context.org,
    title: `End commitment ${commitment.catalogue_term_id ?? ''}`.trim(),
    confirmLabel: 'End commitment',
    danger: true,
    fields: [
      {
        name: 'reason',
        label: 'Reason',
        kind: 'reason',
        required: true,
        maxLength: 100,
        options: COMMITMENT_REASONS,
        value: 'SUBSCRIBER_REQUESTED',
        help: 'Recorded as the cancellation reason; with Other, your words are (1–100 characters).',
      },
    ],
    effects: ({ reason }) => [
      `The commitment ${commitment.catalogue_term_id ?? commitment.id} of ${parent.kind} ${parent.name} becomes DEACTIVATED now${reason ? `, reason ${reason}` : ''}.`,
      commitment.expiration_date
        ? `It was to run until ${formatLocalDateTime(commitment.expiration_date)}: ${timeLeft(commitment.expiration_date)} are left unfulfilled.`
        : 'It has no expiration date.',
    ],
    submit: async ({ reason }) => {
      const body = [{ op: 'replace' as const, path: '/status', value: 'DEACTIVATED', reason }];
      if (parent.kind === 'promotion') {
        await ok(client.PATCH(`${line}/promotions/{promotionId}/commitments/{commitmentId}`, { params: { path: { ...path(context), promotionId: parent.id, commitmentId: commitment.id } }, body }));
      } else {
        await ok(client.PATCH(`${line}/devices/{deviceId}/commitments/{commitmentId}`, { params: { path: { ...path(context), deviceId: parent.id, commitmentId: commitment.id } }, body }));
      }
    },
    onDone: context.refresh,
  });
}

/** Every commitment that a deactivation of the line ends early: the ACTIVE ones of its promotions and devices. */
export function commitmentsEndingWith(subscription: Subscription): Array<{ owner: string; commitment: Commitment }> {
  return [
    ...subscription.promotions.flatMap((promotion) => activeCommitments(promotion.commitments).map((commitment) => ({ owner: `promotion ${promotion.catalogue_promotion_id}`, commitment }))),
    ...subscription.devices.flatMap((device) => activeCommitments(device.commitments).map((commitment) => ({ owner: `device ${device.catalogue_commercial_device_id}`, commitment }))),
  ];
}

export function deactivateLine(context: LineContext): void {
  const { subscription } = context;
  const ending = commitmentsEndingWith(subscription);
  const livePromotions = subscription.promotions.filter((promotion) => promotion.status === 'ACTIVE' || promotion.status === 'REQUESTED');
  const liveAddOns = subscription.add_ons.filter((addOn) => addOn.status === 'ACTIVE' || addOn.status === 'REQUESTED');
  openAction({
    org: context.org,
    title: `Deactivate the ${subscription.type} line`,
    confirmLabel: 'Deactivate line',
    danger: true,
    fields: [
      { name: 'reason', label: 'Reason', kind: 'select', options: LINE_DEACTIVATION_REASONS, required: true, help: CODE_ONLY },
      { name: 'date', label: 'Deactivation date (your time zone)', kind: 'datetime', help: 'Leave empty for now; a future date schedules the deactivation (less than a year ahead).' },
    ],
    effects: ({ date }) => {
      const when = localInputToIso(date);
      return [
        `The line becomes DEACTIVATED ${when ? `on ${formatLocalDateTime(when)}` : 'now'}; this is final.`,
        livePromotions.length + liveAddOns.length > 0
          ? `Its promotions and add-ons end: ${[...livePromotions.map((promotion) => `${promotion.catalogue_promotion_id} (${promotion.status === 'ACTIVE' ? '→ DEACTIVATED' : '→ CANCELLED'})`), ...liveAddOns.map((addOn) => `${addOn.catalogue_add_on_id} (${addOn.status === 'ACTIVE' ? '→ DEACTIVATED' : '→ CANCELLED'})`)].join(', ')}.`
          : 'It has no live promotion or add-on.',
        ending.length > 0
          ? h('span', null, `These commitments end early (the customer may owe a penalty): `, ending.map(({ owner, commitment }, index) => [index > 0 ? ', ' : '', commitmentPhrase(commitment), ` of ${owner}`]))
          : 'No active commitment ends.',
        subscription.type === 'MOBILE' ? 'Multi-SIM cards that belong to this line are deactivated with it.' : null,
      ];
    },
    follow: ({ date }) => {
      const when = localInputToIso(date);
      return !when || new Date(when) <= new Date();
    },
    submit: async ({ reason, date }) =>
      ok(
        client.POST(`${line}/deactivation`, {
          params: { path: path(context) },
          body: {
            reason: reason as LineDeactivationReason,
            deactivation_date: localInputToIso(date),
            commitments: ending.map(({ commitment }) => commitment.id),
          },
        }),
      ),
    onDone: context.refresh,
  });
}

type LineStatus = 'ACTIVE' | 'SUSPENDED' | 'CANCELLED';
const STATUS_EFFECTS: Record<string, (subscription: Subscription) => string[]> = {
  'PRE_ACTIVE→ACTIVE': (subscription) => {
    const starting = subscription.promotions.filter((promotion) => promotion.status === 'REQUESTED' && (!promotion.activation_date || new Date(promotion.activation_date) <= new Date()));
    return [
      'The line becomes ACTIVE now; its MSISDN, IMSI and ICCID must not be held by another live line.',
      starting.length > 0 ? `These requested promotions become ACTIVE: ${starting.map((promotion) => promotion.catalogue_promotion_id).join(', ')}.` : 'No requested promotion starts now.',
    ];
  },
  'PRE_ACTIVE→CANCELLED': (subscription) => [
    'The line becomes CANCELLED: it never starts; this is final.',
    `Its requested promotions and add-ons are cancelled: ${[...subscription.promotions.filter((p) => p.status === 'REQUESTED').map((p) => p.catalogue_promotion_id), ...subscription.add_ons.filter((a) => a.status === 'REQUESTED').map((a) => a.catalogue_add_on_id)].join(', ') || 'none'}.`,
  ],
  'ACTIVE→SUSPENDED': () => ['The line becomes SUSPENDED; its promotions, add-ons and commitments stay as they are.', 'It can be resumed (ACTIVE) or deactivated later.'],
  'SUSPENDED→ACTIVE': () => ['The line becomes ACTIVE again.'],
};

export function changeLineStatus(context: LineContext, to: LineStatus, label: string): void {
  const { subscription } = context;
  const effects = STATUS_EFFECTS[`${subscription.status}→${to}`] ?? (() => [`The line becomes ${to}.`]);
  openAction({
    org: context.org,
    title: `${label}: ${subscription.status} → ${to}`,
    confirmLabel: label,
    danger: to === 'CANCELLED',
    fields: [{ name: 'reason', label: 'Reason', kind: 'reason', maxLength: 100, options: STATUS_REASONS, help: 'Optional: recorded in the status history; with Other, your words are (1–100 characters).' }],
    effects: ({ reason }) => [...effects(subscription), reason ? `The status history records the reason ${reason}.` : 'The status history records the reason STATUS_CHANGED.'],
    submit: async ({ reason }) => {
      await ok(
        client.PATCH(line, {
          params: { path: path(context), header: context.etag ? { 'if-match': context.etag } : undefined },
          body: [{ op: 'replace', path: '/status', value: to, ...(reason ? { reason } : {}) }],
        }),
      );
    },
    onDone: context.refresh,
  });
}

export function setCreditLimit(context: LineContext): void {
  const kinds = creditLimitKindsOf(context.subscription.type);
  const current = new Map(context.creditLimits.map((limit) => [limit.credit_limit_id, limit]));
  openAction({
    org: context.org,
    title: 'Set a credit limit',
    confirmLabel: 'Set credit limit',
    fields: [
      { name: 'kind', label: 'Limit', kind: 'select', required: true, options: kinds.map((kind) => ({ value: kind, label: creditLimitLabel(kind) })) },
      { name: 'value', label: 'New value (EUR)', kind: 'number', required: true, min: 0, max: 100000, step: '0.01' },
      { name: 'reason', label: 'Reason', kind: 'text', required: true, maxLength: 255, suggestions: ['customer request', 'risk review', 'correction'] },
    ],
    effects: ({ kind, value }) => {
      if (!kind) return ['Choose the limit to set.'];
      const before = current.get(kind as CreditLimitKind);
      const after = value === '' ? '…' : formatMoney(Number(value));
      return [
        before ? `${creditLimitLabel(kind)}: ${formatMoney(before.credit_limit_value)} → ${after}, effective now.` : `${creditLimitLabel(kind)} is set for the first time to ${after}, effective now.`,
        before ? 'The previous value is kept in the history.' : 'There is no previous value.',
      ];
    },
    submit: async ({ kind, value, reason }: Values) => {
      await ok(
        client.POST(`${line}/credit_limits`, {
          params: { path: path(context) },
          body: { credit_limits: [{ credit_limit_id: kind as CreditLimitKind, credit_limit_value: Number(value), reason }] },
        }),
      );
    },
    onDone: context.refresh,
  });
}

export function requestTariffChange(context: LineContext, currentOffer: string | undefined): void {
  openAction({
    org: context.org,
    title: 'Request a tariff change',
    confirmLabel: 'Request tariff change',
    fields: [
      { name: 'product', label: 'New bundled commercial offer', kind: 'text', required: true, maxLength: 64, help: 'e.g. 8432_BUNDLED_3P' },
      { name: 'promotions', label: 'Promotions to add (catalogue ids, comma-separated)', kind: 'text' },
      { name: 'reason', label: 'Reason', kind: 'select', options: CHANGE_REASONS, required: true },
      { name: 'date', label: 'When (your time zone)', kind: 'datetime', help: 'Leave empty for now; at most a year ahead.' },
    ],
    effects: ({ product, promotions, date }) => {
      const when = localInputToIso(date);
      const added = promotions.split(',').map((id) => id.trim()).filter(Boolean);
      return [
        `${when ? `On ${formatLocalDateTime(when)}` : 'Now'}, the bundle's offer changes${currentOffer ? ` from ${currentOffer}` : ''} to ${product || '…'}, if the line is still ACTIVE then.`,
        added.length > 0 ? `These promotions are added, ACTIVE: ${added.join(', ')}.` : 'No promotion is added.',
        'Until it runs, the request can be cancelled; only one tariff change per bundle may be pending.',
      ];
    },
    submit: async ({ product, promotions, reason, date }) => {
      await ok(
        client.POST(`${line}/change_requests/tariff`, {
          params: { path: path(context) },
          body: {
            reason: reason as ChangeReason,
            date_scheduled: localInputToIso(date),
            specific_data: {
              catalogue_bundled_commercial_product_id: product,
              catalogue_promotion_ids: promotions.split(',').map((id) => id.trim()).filter(Boolean),
            },
          },
        }),
      );
    },
    onDone: context.refresh,
  });
}

export function cancelChangeRequest(context: LineContext, changeRequest: ChangeRequest): void {
  openAction({
    org: context.org,
    title: 'Cancel the tariff change',
    confirmLabel: 'Cancel change request',
    danger: true,
    fields: [{ name: 'reason', label: 'Reason', kind: 'select', options: CHANGE_REASONS, required: true }],
    effects: () => [`The change to ${changeRequest.specific_data.catalogue_bundled_commercial_product_id} scheduled for ${formatLocalDateTime(changeRequest.date_scheduled)} becomes CANCELLED and never runs.`],
    submit: async ({ reason }) => {
      await ok(
        client.POST(`${line}/change_requests/{changeRequestId}/cancellation`, {
          params: { path: { ...path(context), changeRequestId: changeRequest.id } },
          body: { reason: reason as ChangeReason },
        }),
      );
    },
    onDone: context.refresh,
  });
}
