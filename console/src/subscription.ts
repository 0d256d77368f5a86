import {
  cancelChangeRequest,
  cancelPromotion,
  changeLineStatus,
  creditLimitKindsOf,
  creditLimitLabel,
  deactivateAddOn,
  deactivateLine,
  deactivatePromotion,
  endCommitment,
  requestTariffChange,
  setCreditLimit,
  type LineContext,
} from './actions.js';
import { client, describeError, InventoryApiError, offsetPage, ok, okWithResponse, type ChangeRequest, type Commitment, type Contract, type CreditLimit, type Device, type PaymentPlan, type StatusChange } from './api.js';
import { alertBox, button, definitionList, h, replaceChildren, section, statusBadge, table, time, type Child } from './dom.js';
import { formatMoney, humanize, timeLeft } from './format.js';
import { fieldLabel } from './labels.js';
import { lineIdentifier } from './lines.js';
import { asOfBar, versionsBody, type LineVersions } from './history.js';
import { href } from './routes.js';
import { addAddOn, addDevice, addPaymentPlan, addPromotion } from './sales.js';
import { can } from './session.js';

/**
 * See a line whole (issue point 2): one round of parallel calls — the line (with its promotions, add-ons,
 * devices and their commitments embedded), its status history, contracts, credit limits, change requests and
 * versions — renders the page; the payment plans of FINANCED devices follow in a second parallel round, as they
 * need the devices' ids. With `asOf` every read is as of that instant (API.md 17.1) and nothing can be changed.
 */

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(promise: Promise<T>): Promise<Settled<T>> => promise.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));

/** A past view (`as_of`) is read-only: writes always change the current state (API.md 17.1). */
const mayWrite = (context: LineContext) => can('write') && context.asOf === undefined;

const NON_FINAL = ['PRE_ACTIVE', 'ACTIVE', 'SUSPENDED'];
/** A promotion is added only while the line is PRE_ACTIVE or ACTIVE (API.md 4.1); an add-on or a device while it is not final. */
const TAKES_PROMOTIONS = ['PRE_ACTIVE', 'ACTIVE'];

function sectionBody<T>(result: Settled<T>, render: (value: T) => Child): Child {
  if (result.ok) return render(result.value);
  if (result.error instanceof InventoryApiError && result.error.status === 401) throw result.error;
  return alertBox(describeError(result.error).message);
}

function commitmentsList(context: LineContext, parent: { kind: 'promotion' | 'device'; id: string; name: string }, commitments: Commitment[], mayAct: boolean): Child {
  if (commitments.length === 0) return h('span', { class: 'muted' }, 'none');
  return h(
    'ul',
    { class: 'commitments' },
    commitments.map((commitment) =>
      h(
        'li',
        { 'data-commitment': commitment.id },
        h('span', { class: 'term' }, commitment.catalogue_term_id ?? 'commitment'),
        ' ',
        statusBadge(commitment.status),
        ' ',
        commitment.status === 'ACTIVE'
          ? h('span', null, 'until ', time(commitment.expiration_date, { dateOnly: true }), ' · ', h('strong', { class: 'time-left' }, timeLeft(commitment.expiration_date)))
          : commitment.cancellation_date
            ? h('span', { class: 'muted' }, 'ended ', time(commitment.cancellation_date, { dateOnly: true }), commitment.cancellation_reason ? ` (${commitment.cancellation_reason})` : '')
            : h('span', { class: 'muted' }, 'ran until ', time(commitment.expiration_date, { dateOnly: true })),
        mayAct && commitment.status === 'ACTIVE' ? [' ', button('End commitment', () => endCommitment(context, parent, commitment), { name: 'end-commitment' })] : null,
      ),
    ),
  );
}

function lineHeader(context: LineContext, bundleOffer: string | undefined): HTMLElement {
  const { subscription, org } = context;
  const writable = mayWrite(context);
  const actions: Child[] = [];
  if (writable) {
    if (subscription.status === 'PRE_ACTIVE') {
      actions.push(button('Activate', () => changeLineStatus(context, 'ACTIVE', 'Activate'), { variant: 'primary', name: 'activate' }));
      actions.push(button('Cancel line', () => changeLineStatus(context, 'CANCELLED', 'Cancel line'), { variant: 'danger', name: 'cancel-line' }));
    }
    if (subscription.status === 'ACTIVE') actions.push(button('Suspend', () => changeLineStatus(context, 'SUSPENDED', 'Suspend'), { name: 'suspend' }));
    if (subscription.status === 'SUSPENDED') actions.push(button('Resume', () => changeLineStatus(context, 'ACTIVE', 'Resume'), { variant: 'primary', name: 'resume' }));
    if (subscription.status === 'ACTIVE' || subscription.status === 'SUSPENDED') actions.push(button('Deactivate line', () => deactivateLine(context), { variant: 'danger', name: 'deactivate-line' }));
  }
  const specific = Object.entries((subscription.specific_data ?? {}) as Record<string, unknown>).map(([name, value]): [string, Child] => [
    fieldLabel(name),
    value === null || value === undefined ? null : typeof value === 'object' ? Object.values(value as Record<string, unknown>).filter((part) => part !== null).join(', ') : String(value),
  ]);
  return h(
    'section',
    { class: 'panel line-head', 'aria-labelledby': 'line-title' },
    h('div', { class: 'panel-head' }, h('h1', { id: 'line-title', tabindex: '-1' }, `${subscription.type} `, h('span', { class: 'identifier' }, lineIdentifier(subscription)), ' ', statusBadge(subscription.status)), actions.length > 0 ? h('div', { class: 'actions' }, actions) : null),
    definitionList([
      ['Subscription id', h('code', null, subscription.id)],
      ['Account', `${subscription.account_id}${subscription.legacy_account_id !== null ? ` (legacy ${subscription.legacy_account_id})` : ''}`],
      ['Bundle', h('a', { href: href.bundle(org, subscription.bundle_id) }, bundleOffer ?? subscription.bundle_id)],
      ['Product', subscription.catalogue_commercial_product_id],
      ['Legacy id', subscription.legacy_id === null ? null : String(subscription.legacy_id)],
      ['Activated', time(subscription.activation_date)],
      ['Last status change', h('span', null, time(subscription.last_status_update), ` · ${subscription.last_status_reason}`)],
      ['Deactivated', subscription.deactivation_date ? h('span', null, time(subscription.deactivation_date), ` by ${subscription.deactivation_user}`) : null],
      ['Created', h('span', null, time(subscription.creation_date), ` by ${subscription.creation_user} (${subscription.creation_system})`)],
      ['Mandatory in bundle', subscription.mandatory ? 'yes' : 'no'],
      ...specific,
    ]),
  );
}

function promotionsSection(context: LineContext): HTMLElement {
  const { subscription } = context;
  const mayAct = mayWrite(context) && NON_FINAL.includes(subscription.status);
  const linkedName = (id: string | null, kind: 'add_ons' | 'devices') => {
    if (!id) return null;
    const target = kind === 'add_ons' ? subscription.add_ons.find((addOn) => addOn.id === id)?.catalogue_add_on_id : subscription.devices.find((device) => device.id === id)?.catalogue_commercial_device_id;
    return h('div', { class: 'muted small' }, `${kind === 'add_ons' ? 'add-on' : 'device'} ${target ?? id}`);
  };
  const mayAdd = mayWrite(context) && TAKES_PROMOTIONS.includes(subscription.status);
  return section(
    'Promotions',
    { id: 'promotions', count: subscription.promotions.length, actions: mayAdd ? button('Add promotion', () => addPromotion(context), { name: 'add-promotion' }) : null },
    table(
      'Promotions of the line',
      [
        { label: 'Promotion', cell: (promotion) => [h('strong', null, promotion.catalogue_promotion_id), promotion.legacy_id !== null ? h('div', { class: 'muted small' }, `legacy ${promotion.legacy_id}`) : null, linkedName(promotion.add_on_id, 'add_ons'), linkedName(promotion.device_id, 'devices')] },
        { label: 'Status', cell: (promotion) => [statusBadge(promotion.status), promotion.status_detail?.reason ? h('div', { class: 'muted small' }, promotion.status_detail.reason) : null] },
        { label: 'Active from', cell: (promotion) => time(promotion.activation_date) },
        { label: 'Expires', cell: (promotion) => [time(promotion.expiration_date), promotion.status === 'ACTIVE' && promotion.expiration_date ? h('div', { class: 'small' }, timeLeft(promotion.expiration_date)) : null] },
        { label: 'Commitments', cell: (promotion) => commitmentsList(context, { kind: 'promotion', id: promotion.id, name: promotion.catalogue_promotion_id }, promotion.commitments, mayAct) },
        {
          label: 'Actions',
          cell: (promotion) =>
            mayAct && promotion.status === 'ACTIVE'
              ? button('Deactivate', () => deactivatePromotion(context, promotion), { variant: 'danger', name: 'deactivate-promotion' })
              : mayAct && promotion.status === 'REQUESTED'
                ? button('Cancel', () => cancelPromotion(context, promotion), { variant: 'danger', name: 'cancel-promotion' })
                : null,
        },
      ],
      subscription.promotions,
      { empty: 'No promotion.', rowAttributes: (promotion) => ({ 'data-promotion': promotion.id }) },
    ),
  );
}

function paymentPlanView(context: LineContext, device: Device, plans: PaymentPlan[]): Child {
  const mayAdd = mayWrite(context) && NON_FINAL.includes(context.subscription.status) && !plans.some((plan) => plan.status === 'ACTIVE');
  const add = mayAdd ? button('Add payment plan', () => addPaymentPlan(context, device), { variant: plans.length === 0 ? 'primary' : 'plain', name: 'add-payment-plan' }) : null;
  if (plans.length === 0) return h('div', { class: 'plan-empty' }, h('p', { class: 'muted' }, 'No payment plan yet.'), add);
  return [add, plans.map((plan) =>
    h(
      'div',
      { class: 'payment-plan' },
      h('p', null, statusBadge(plan.status), ` ${formatMoney(plan.total_amount, plan.currency)} in ${plan.instalments_count} instalments`, plan.down_payment > 0 ? ` after ${formatMoney(plan.down_payment, plan.currency)} down` : '', ' · ', time(plan.start_date, { dateOnly: true }), ' → ', time(plan.end_date, { dateOnly: true })),
      h(
        'details',
        null,
        h('summary', null, `Instalment schedule (${plan.instalments.length})`),
        table(
          'Instalment schedule',
          [
            { label: '#', cell: (instalment) => instalment.number },
            { label: 'Due', cell: (instalment) => [time(instalment.due_date, { dateOnly: true }), new Date(instalment.due_date) < new Date() ? h('span', { class: 'muted small' }, ' (past)') : null] },
            { label: 'Amount', cell: (instalment) => formatMoney(instalment.amount, plan.currency), className: 'number' },
          ],
          plan.instalments,
        ),
      ),
    ),
  )];
}

function devicesSection(context: LineContext, planSlots: Map<string, HTMLElement>): HTMLElement {
  const { subscription } = context;
  const mayAct = mayWrite(context) && NON_FINAL.includes(subscription.status);
  return section(
    'Devices',
    { id: 'devices', count: subscription.devices.length, actions: mayAct ? button('Add device', () => addDevice(context), { name: 'add-device' }) : null },
    subscription.devices.length === 0
      ? h('p', { class: 'muted empty' }, 'No device.')
      : subscription.devices.map((device: Device) => {
          const slot = h('div', { class: 'plan-slot' }, device.acquisition_type === 'FINANCED' ? h('p', { class: 'muted' }, 'Loading the payment plan…') : h('p', { class: 'muted' }, `${device.acquisition_type ? humanize(device.acquisition_type) : 'No acquisition type'}: no payment plan.`));
          planSlots.set(device.id, slot);
          return h(
            'article',
            { class: 'card', 'data-device': device.id },
            h('h3', null, device.catalogue_commercial_device_id),
            definitionList([
              ['MAC address', device.mac_address],
              ['Serial number', device.serial_number],
              ['IMEI', device.imei],
              ['Acquisition', device.acquisition_type ? humanize(device.acquisition_type) : null],
              ['Insurable amount', device.insurable_amount === null ? 'not insurable' : formatMoney(device.insurable_amount)],
              ['Legacy id', device.legacy_id === null ? null : String(device.legacy_id)],
              ['Added', time(device.creation_date)],
            ]),
            h('h4', null, 'Commitments'),
            commitmentsList(context, { kind: 'device', id: device.id, name: device.catalogue_commercial_device_id }, device.commitments, mayAct),
            h('h4', null, 'Payment plan'),
            slot,
          );
        }),
  );
}

function addOnsSection(context: LineContext): HTMLElement {
  const { subscription } = context;
  const mayAct = mayWrite(context) && NON_FINAL.includes(subscription.status);
  return section(
    'Add-ons',
    { id: 'add-ons', count: subscription.add_ons.length, actions: mayAct ? button('Add add-on', () => addAddOn(context), { name: 'add-add-on' }) : null },
    table(
      'Add-ons of the line',
      [
        { label: 'Add-on', cell: (addOn) => [h('strong', null, addOn.catalogue_add_on_id), h('div', { class: 'muted small' }, `catalogue legacy ${addOn.catalogue_add_on_legacy_id}`)] },
        { label: 'Status', cell: (addOn) => statusBadge(addOn.status) },
        { label: 'Active from', cell: (addOn) => time(addOn.activation_date) },
        { label: 'Deactivated', cell: (addOn) => (addOn.deactivation_date ? [time(addOn.deactivation_date), h('div', { class: 'muted small' }, `by ${addOn.deactivation_user}`)] : time(null)) },
        { label: 'Provider', cell: (addOn) => [addOn.provider_product_id, addOn.provider_service_id].filter(Boolean).join(' / ') || '—' },
        { label: 'Actions', cell: (addOn) => (mayAct && addOn.status === 'ACTIVE' ? button('Deactivate', () => deactivateAddOn(context, addOn), { variant: 'danger', name: 'deactivate-add-on' }) : null) },
      ],
      subscription.add_ons,
      { empty: 'No add-on.', rowAttributes: (addOn) => ({ 'data-add-on': addOn.id }) },
    ),
  );
}

function creditLimitsSection(context: LineContext, result: Settled<CreditLimit[]>): HTMLElement | null {
  const kinds = creditLimitKindsOf(context.subscription.type);
  if (kinds.length === 0) return null;
  const mayAct = mayWrite(context) && NON_FINAL.includes(context.subscription.status);
  return section(
    'Credit limits',
    { id: 'credit-limits', actions: mayAct ? button('Set credit limit', () => setCreditLimit(context), { name: 'set-credit-limit' }) : null },
    sectionBody(result, (limits) =>
      table(
        'Credit limits of the line',
        [
          { label: 'Limit', cell: (limit) => creditLimitLabel(limit.credit_limit_id) },
          { label: 'Value', cell: (limit) => h('strong', null, formatMoney(limit.credit_limit_value)), className: 'number' },
          { label: 'Since', cell: (limit) => time(limit.effective_date) },
          { label: 'Reason', cell: (limit) => [limit.reason, h('div', { class: 'muted small' }, `by ${limit.update_user} (${limit.update_system})`)] },
          {
            label: 'History',
            cell: (limit) =>
              limit.historical_changes.length === 0
                ? h('span', { class: 'muted' }, 'first value')
                : h(
                    'details',
                    null,
                    h('summary', null, `${limit.historical_changes.length} earlier value${limit.historical_changes.length === 1 ? '' : 's'}`),
                    h('ol', { class: 'history' }, limit.historical_changes.map((change) => h('li', null, formatMoney(change.credit_limit_value), ' since ', time(change.effective_date), ` · ${change.reason} · by ${change.update_user}`))),
                  ),
          },
        ],
        limits,
        { empty: 'No credit limit set.' },
      ),
    ),
  );
}

function changeRequestsSection(context: LineContext, result: Settled<{ items: ChangeRequest[]; total: number }>, bundleOffer: string | undefined): HTMLElement {
  const mayRequest = mayWrite(context) && context.subscription.status === 'ACTIVE';
  return section(
    'Change requests',
    { id: 'change-requests', actions: mayRequest ? button('Request tariff change', () => requestTariffChange(context, bundleOffer), { name: 'request-tariff-change' }) : null },
    sectionBody(result, (set) => [
      table(
        'Change requests of the line',
        [
          { label: 'Change', cell: (request) => [h('strong', null, `${request.type} → ${request.specific_data.catalogue_bundled_commercial_product_id}`), request.specific_data.catalogue_promotion_ids?.length ? h('div', { class: 'muted small' }, `+ ${request.specific_data.catalogue_promotion_ids.join(', ')}`) : null] },
          { label: 'Status', cell: (request) => [statusBadge(request.status), request.status_detail?.reason ? h('div', { class: 'muted small' }, request.status_detail.reason) : null] },
          { label: 'Scheduled', cell: (request) => time(request.date_scheduled) },
          { label: 'Executed', cell: (request) => time(request.execution_date) },
          { label: 'Reason', cell: (request) => [request.reason, h('div', { class: 'muted small' }, `by ${request.request_user}`)] },
          { label: 'Actions', cell: (request) => (mayWrite(context) && request.status === 'REQUESTED' ? button('Cancel', () => cancelChangeRequest(context, request), { variant: 'danger', name: 'cancel-change-request' }) : null) },
        ],
        set.items,
        { empty: 'No change request.' },
      ),
      set.total > set.items.length ? h('p', { class: 'muted' }, `Showing the first ${set.items.length} of ${set.total}.`) : null,
    ]),
  );
}

function contractsSection(result: Settled<{ items: Contract[]; total: number }>): HTMLElement {
  return section(
    'Contracts',
    { id: 'contracts' },
    sectionBody(result, (set) => [
      table(
        'Contracts of the line',
        [
          { label: 'Document', cell: (contract) => h('code', null, contract.documents_contract_id) },
          { label: 'Owner', cell: (contract) => contract.documents_owner_id },
          { label: 'Signed', cell: (contract) => [time(contract.creation_date), h('div', { class: 'muted small' }, `by ${contract.creation_user}`)] },
        ],
        set.items,
        { empty: 'No contract.' },
      ),
      set.total > set.items.length ? h('p', { class: 'muted' }, `Showing the first ${set.items.length} of ${set.total}.`) : null,
    ]),
  );
}

function historySection(result: Settled<StatusChange[]>): HTMLElement {
  return section(
    'Status history',
    { id: 'status-history' },
    sectionBody(result, (changes) =>
      h(
        'ol',
        { class: 'timeline' },
        [...changes].reverse().map((change) =>
          h(
            'li',
            null,
            time(change.date),
            h('p', null, change.from ? [statusBadge(change.from), ' → '] : 'created ', statusBadge(change.to)),
            h('p', { class: 'muted small' }, [change.reason ?? 'no reason', ` · by ${change.user} (${change.system})`, change.operation_id ? ` · operation ${change.operation_id}` : ''].join('')),
          ),
        ),
      ),
    ),
  );
}

/** The newest versions the timeline shows; a longer history says how many it leaves out. */
const VERSIONS_SHOWN = 100;

async function lineVersions(path: { org: string; subscriptionId: string }): Promise<LineVersions> {
  const url = '/v2/orgs/{org}/subscriptions/{subscriptionId}/versions' as const;
  // One more than shown, so that the oldest shown can say what it changed against the one before it.
  const first = offsetPage(await ok(client.GET(url, { params: { path, query: { limit: VERSIONS_SHOWN + 1 } } })));
  if (first.total <= first.items.length) return { versions: first.items, total: first.total };
  const last = await ok(client.GET(url, { params: { path, query: { offset: first.total - VERSIONS_SHOWN - 1, limit: VERSIONS_SHOWN + 1 } } }));
  return { earlier: last.items[0], versions: last.items.slice(1), total: first.total };
}

/** An `as_of` the service refused (INVALID_AS_OF), or an instant before the line existed: its message, and the picker again. */
function pastRefused(main: HTMLElement, org: string, id: string, asOf: string, error: InventoryApiError): void {
  replaceChildren(
    main,
    h('p', { class: 'breadcrumbs' }, h('a', { href: href.subscription(org, id) }, 'Line'), ' › as it was'),
    h('h1', { tabindex: '-1' }, 'The line as it was on ', time(asOf, { seconds: true })),
    asOfBar(org, id, asOf),
    alertBox(error.message),
  );
}

export async function renderSubscription(main: HTMLElement, org: string, id: string, asOf: string | undefined, rerender: () => Promise<void>): Promise<void> {
  const started = performance.now();
  const path = { org, subscriptionId: id };
  const past = asOf ? { as_of: asOf } : {};
  const base = '/v2/orgs/{org}/subscriptions/{subscriptionId}' as const;
  const [line, history, contracts, creditLimits, changeRequests, versions] = await Promise.all([
    settle(okWithResponse(client.GET(base, { params: { path, query: past } }))),
    settle(ok(client.GET(`${base}/status_history`, { params: { path } }))),
    settle(ok(client.GET(`${base}/contracts`, { params: { path, query: { limit: 100, ...past } } })).then(offsetPage)),
    settle(ok(client.GET(`${base}/credit_limits`, { params: { path, query: past } }))),
    settle(ok(client.GET(`${base}/change_requests`, { params: { path, query: { limit: 100, ...past } } })).then(offsetPage)),
    settle(lineVersions(path)),
  ]);
  if (!line.ok) {
    if (asOf && line.error instanceof InventoryApiError && (line.error.status === 400 || line.error.status === 404)) return pastRefused(main, org, id, asOf, line.error);
    throw line.error;
  }
  const subscription = line.value.data;
  const context: LineContext = {
    org,
    subscription,
    etag: line.value.response.headers.get('etag') ?? undefined,
    creditLimits: creditLimits.ok ? creditLimits.value : [],
    refresh: rerender,
    asOf,
  };
  // The status history has no as_of of its own: as of T it is the changes made by T, up to the last one the line
  // then names (a change's recorded date may trail its version's instant by a few milliseconds).
  const cutoff = asOf ? Math.max(Date.parse(asOf), Date.parse(subscription.last_status_update)) : Infinity;
  const statusHistory: Settled<StatusChange[]> = history.ok ? { ok: true, value: history.value.filter((change) => Date.parse(change.date) <= cutoff) } : history;
  const planSlots = new Map<string, HTMLElement>();
  replaceChildren(
    main,
    h('p', { class: 'breadcrumbs' }, h('a', { href: href.bundle(org, subscription.bundle_id) }, 'Bundle'), ' › ', `${subscription.type} line`),
    asOfBar(org, id, asOf),
    lineHeader(context, undefined),
    h(
      'div',
      { class: 'sections' },
      promotionsSection(context),
      devicesSection(context, planSlots),
      addOnsSection(context),
      creditLimitsSection(context, creditLimits),
      changeRequestsSection(context, changeRequests, undefined),
      contractsSection(contracts),
      historySection(statusHistory),
      section('History', { id: 'versions', count: versions.ok ? versions.value.total : undefined }, sectionBody(versions, (set) => versionsBody(org, set, asOf))),
    ),
  );
  main.dataset.loadMs = String(Math.round(performance.now() - started));

  const financed = subscription.devices.filter((device) => device.acquisition_type === 'FINANCED');
  await Promise.all(
    financed.map(async (device) => {
      const slot = planSlots.get(device.id);
      if (!slot) return;
      try {
        const plans = await ok(client.GET(`${base}/devices/{deviceId}/payment_plans`, { params: { path: { ...path, deviceId: device.id }, query: past } }));
        replaceChildren(slot, paymentPlanView(context, device, plans));
      } catch (error) {
        replaceChildren(slot, alertBox(describeError(error).message));
      }
    }),
  );
  main.dataset.complete = 'true';
}
