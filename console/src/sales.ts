import { line, path, type LineContext } from './actions.js';
import { client, ok, type Device, type RequestBodyOf } from './api.js';
import { localInputToIso, openAction, type Choice, type Field, type Values } from './dialog.js';
import { formatLocalDate, formatLocalDateTime, formatMoney } from './format.js';

/**
 * Sales work on a line (API.md 4, 5, 6, 11): add a promotion, an add-on, a device with its commitments, and the
 * payment plan of a financed device, each through its create endpoint. The client chooses the ids, so a retry
 * after a lost answer is the same create (API.md 1.8) and never a second promotion.
 */

type PromotionCreate = RequestBodyOf<`${typeof line}/promotions`, 'post'>;
type AddOnCreate = RequestBodyOf<`${typeof line}/add_ons`, 'post'>;
type DeviceCreate = RequestBodyOf<`${typeof line}/devices`, 'post'>;
type AcquisitionType = NonNullable<DeviceCreate['acquisition_type']>;

const COMMITMENTS: Field = {
  name: 'commitments',
  label: 'Commitments',
  kind: 'rows',
  addLabel: 'Add a commitment',
  columns: [
    { name: 'catalogue_term_id', label: 'Term (catalogue id)', kind: 'text', required: true, maxLength: 255 },
    { name: 'expiration_date', label: 'Ends (your time zone)', kind: 'datetime', required: true },
  ],
};

const commitmentsBody = (rows: Values[]) => rows.map((row) => ({ catalogue_term_id: row.catalogue_term_id, expiration_date: localInputToIso(row.expiration_date) }));

const commitmentsEffect = (rows: Values[], owner: string): string =>
  rows.length === 0
    ? `${owner} binds the customer to no commitment.`
    : `${owner} binds the customer to: ${rows.map((row) => `${row.catalogue_term_id || '…'} until ${row.expiration_date ? formatLocalDateTime(localInputToIso(row.expiration_date)!) : '…'}`).join('; ')}.`;

const STATUS_CHOICES = (lineIsActive: boolean): Choice[] => [
  { value: 'REQUESTED', label: 'Requested: starts later (at its date, or when the line is activated)' },
  ...(lineIsActive ? [{ value: 'ACTIVE', label: 'Active now' }] : []),
];

const optional = (value: string) => (value === '' ? undefined : value);
const optionalNumber = (value: string) => (value === '' ? undefined : Number(value));

export function addPromotion(context: LineContext): void {
  const { subscription } = context;
  const id = crypto.randomUUID();
  const lineIsActive = subscription.status === 'ACTIVE';
  const targets: Choice[] = [
    { value: '', label: 'The line' },
    ...subscription.add_ons.filter((addOn) => addOn.status === 'ACTIVE' || addOn.status === 'REQUESTED').map((addOn) => ({ value: `add_on:${addOn.id}`, label: `Add-on ${addOn.catalogue_add_on_id}` })),
    ...subscription.devices.map((device) => ({ value: `device:${device.id}`, label: `Device ${device.catalogue_commercial_device_id}${device.serial_number ? ` (${device.serial_number})` : ''}` })),
  ];
  openAction({
    org: context.org,
    title: 'Add a promotion',
    confirmLabel: 'Add promotion',
    fields: [
      { name: 'catalogue_promotion_id', label: 'Promotion (catalogue id)', kind: 'text', required: true, maxLength: 255, help: 'e.g. PROMO_50_DISCOUNT' },
      { name: 'status', label: 'Status', kind: 'select', required: true, options: STATUS_CHOICES(lineIsActive), value: lineIsActive ? 'ACTIVE' : 'REQUESTED' },
      { name: 'activation_date', label: 'Active from (your time zone)', kind: 'datetime', help: 'Leave empty for now. From the 1st of this month to less than a year ahead; a future date needs an ACTIVE line and the status Requested.' },
      { name: 'expiration_date', label: 'Expires (your time zone)', kind: 'datetime', help: 'Optional; after the start.' },
      { name: 'applies_to', label: 'Applies to', kind: 'select', options: targets, value: '' },
      COMMITMENTS,
    ],
    effects: ({ catalogue_promotion_id: promotion, status, activation_date: from, expiration_date: until, applies_to: target }, { commitments }) => {
      const name = promotion || 'The promotion';
      const start = localInputToIso(from);
      return [
        `${name} is added to the line ${status === 'ACTIVE' ? 'ACTIVE' : 'REQUESTED'}${start ? `, from ${formatLocalDateTime(start)}` : status === 'ACTIVE' ? ', from now' : ''}${until ? `, until ${formatLocalDateTime(localInputToIso(until)!)}` : ''}.`,
        target ? `It applies to ${targets.find((choice) => choice.value === target)?.label.toLowerCase()}.` : 'It applies to the line itself.',
        commitmentsEffect(commitments ?? [], 'It'),
      ];
    },
    submit: async ({ catalogue_promotion_id, status, activation_date, expiration_date, applies_to }, { commitments }) => {
      const [kind, targetId] = applies_to.split(':');
      const body: PromotionCreate = {
        id,
        catalogue_promotion_id,
        status: status as PromotionCreate['status'],
        activation_date: localInputToIso(activation_date),
        expiration_date: localInputToIso(expiration_date),
        add_on_id: kind === 'add_on' ? targetId : undefined,
        device_id: kind === 'device' ? targetId : undefined,
        commitments: commitmentsBody(commitments ?? []),
      };
      await ok(client.POST(`${line}/promotions`, { params: { path: path(context) }, body }));
    },
    onDone: context.refresh,
  });
}

export function addAddOn(context: LineContext): void {
  const id = crypto.randomUUID();
  const lineIsActive = context.subscription.status === 'ACTIVE';
  openAction({
    org: context.org,
    title: 'Add an add-on',
    confirmLabel: 'Add add-on',
    fields: [
      { name: 'catalogue_add_on_id', label: 'Add-on (catalogue id)', kind: 'text', required: true, maxLength: 255, help: 'e.g. EXTRA_DATA_10GB' },
      { name: 'catalogue_add_on_legacy_id', label: 'Add-on legacy catalogue id', kind: 'text', required: true, maxLength: 255, help: 'e.g. AO-10GB' },
      { name: 'status', label: 'Status', kind: 'select', required: true, options: STATUS_CHOICES(lineIsActive), value: lineIsActive ? 'ACTIVE' : 'REQUESTED' },
      { name: 'provider_product_id', label: 'Provider product id', kind: 'text', maxLength: 255 },
      { name: 'provider_service_id', label: 'Provider service id', kind: 'text', maxLength: 255 },
    ],
    effects: ({ catalogue_add_on_id: addOn, status }) => [
      `${addOn || 'The add-on'} is added to the line ${status === 'ACTIVE' ? 'ACTIVE from now' : 'REQUESTED: the provider confirms its activation later'}.`,
    ],
    submit: async ({ catalogue_add_on_id, catalogue_add_on_legacy_id, status, provider_product_id, provider_service_id }) => {
      const body: AddOnCreate = {
        id,
        catalogue_add_on_id,
        catalogue_add_on_legacy_id,
        status: status as AddOnCreate['status'],
        provider_product_id: optional(provider_product_id),
        provider_service_id: optional(provider_service_id),
      };
      await ok(client.POST(`${line}/add_ons`, { params: { path: path(context) }, body }));
    },
    onDone: context.refresh,
  });
}

const ACQUISITIONS: Record<AcquisitionType, string> = { FINANCED: 'Financed (paid in instalments)', ONE_TIME_PAYMENT: 'Paid at once', BORROWED: 'Borrowed (returned at the end)' };

export function addDevice(context: LineContext): void {
  const id = crypto.randomUUID();
  const legacyAccount = context.subscription.legacy_account_id;
  openAction({
    org: context.org,
    title: 'Add a device',
    confirmLabel: 'Add device',
    fields: [
      { name: 'catalogue_commercial_device_id', label: 'Device (catalogue id)', kind: 'text', required: true, maxLength: 255, help: 'e.g. PHONE_GALAXY_S24' },
      { name: 'acquisition_type', label: 'Acquisition', kind: 'select', required: true, options: Object.entries(ACQUISITIONS).map(([value, label]) => ({ value, label })) },
      {
        name: 'legacy_account_id',
        label: 'Legacy account id',
        kind: 'number',
        required: true,
        step: '1',
        value: legacyAccount === null ? undefined : String(legacyAccount),
        help: legacyAccount === null ? 'The customer’s account in the legacy stack.' : 'The line’s own: a device must carry it.',
      },
      { name: 'serial_number', label: 'Serial number', kind: 'text', maxLength: 64 },
      { name: 'imei', label: 'IMEI', kind: 'text', maxLength: 32 },
      { name: 'mac_address', label: 'MAC address', kind: 'text', maxLength: 32, help: '12 hex digits, bare or in pairs with : or -, e.g. 00-B0-D0-63-C2-26' },
      { name: 'insurable_amount', label: 'Insurable amount (EUR)', kind: 'number', min: 0, step: '0.01', help: 'Leave empty when the device cannot be insured.' },
      COMMITMENTS,
    ],
    effects: ({ catalogue_commercial_device_id: device, acquisition_type: acquisition, insurable_amount: insurable }, { commitments }) => [
      `${device || 'The device'} is added to the line${acquisition ? `, ${ACQUISITIONS[acquisition as AcquisitionType].toLowerCase()}` : ''}.`,
      insurable ? `It can be insured up to ${formatMoney(Number(insurable))}.` : 'It cannot be insured.',
      commitmentsEffect(commitments ?? [], 'It'),
      acquisition === 'FINANCED' ? 'Add its payment plan next, from the device’s card.' : null,
    ],
    submit: async ({ catalogue_commercial_device_id, acquisition_type, legacy_account_id, serial_number, imei, mac_address, insurable_amount }, { commitments }) => {
      const body: DeviceCreate = {
        id,
        catalogue_commercial_device_id,
        acquisition_type: acquisition_type as AcquisitionType,
        legacy_account_id: Number(legacy_account_id),
        serial_number: optional(serial_number),
        imei: optional(imei),
        mac_address: optional(mac_address),
        insurable_amount: optionalNumber(insurable_amount),
        commitments: commitmentsBody(commitments ?? []),
      };
      await ok(client.POST(`${line}/devices`, { params: { path: path(context) }, body }));
    },
    onDone: context.refresh,
  });
}

/** The schedule the service will compute (API.md 11): equal instalments rounded down to the cent, the last takes the rest. */
function instalmentsPreview(total: number, down: number, count: number): { each: number; last: number } | undefined {
  if (!(total > 0) || !(down >= 0) || down >= total || !Number.isInteger(count) || count < 1) return undefined;
  const financedCents = Math.round(total * 100) - Math.round(down * 100);
  const eachCents = Math.floor(financedCents / count);
  return { each: eachCents / 100, last: (financedCents - eachCents * (count - 1)) / 100 };
}

/** The due date of instalment `number` (1-based): monthly on the start day, clamped to the month's last day. */
function dueDate(startIso: string, number: number): string {
  const start = new Date(startIso);
  const due = new Date(start);
  due.setUTCDate(1);
  due.setUTCMonth(start.getUTCMonth() + number - 1);
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return due.toISOString();
}

export function addPaymentPlan(context: LineContext, device: Device): void {
  const id = crypto.randomUUID();
  openAction({
    org: context.org,
    title: `Add the payment plan of ${device.catalogue_commercial_device_id}`,
    confirmLabel: 'Add payment plan',
    fields: [
      { name: 'total_amount', label: 'Total amount (EUR)', kind: 'number', required: true, min: 0.01, step: '0.01', value: device.insurable_amount === null ? undefined : String(device.insurable_amount) },
      { name: 'down_payment', label: 'Down payment (EUR)', kind: 'number', min: 0, step: '0.01', value: '0', help: 'Paid at once; less than the total.' },
      { name: 'instalments_count', label: 'Instalments', kind: 'number', required: true, min: 1, max: 60, step: '1', value: '24' },
      { name: 'start_date', label: 'First instalment due (your time zone)', kind: 'datetime', required: true },
    ],
    effects: ({ total_amount: total, down_payment: down, instalments_count: count, start_date: start }) => {
      const preview = instalmentsPreview(Number(total), Number(down || 0), Number(count));
      const first = localInputToIso(start);
      if (!preview) return ['Give the total, the down payment (less than the total) and 1 to 60 instalments.'];
      return [
        `${formatMoney(Number(total))}${Number(down) > 0 ? `, of which ${formatMoney(Number(down))} down,` : ''} is paid in ${count} monthly instalment${count === '1' ? '' : 's'} of ${formatMoney(preview.each)}${preview.last !== preview.each ? ` (the last ${formatMoney(preview.last)})` : ''}.`,
        first ? `The first is due ${formatLocalDate(first)}, the last ${formatLocalDate(dueDate(first, Number(count)))}.` : 'Choose when the first instalment is due.',
      ];
    },
    submit: async ({ total_amount, down_payment, instalments_count, start_date }) => {
      await ok(
        client.POST(`${line}/devices/{deviceId}/payment_plans`, {
          params: { path: { ...path(context), deviceId: device.id } },
          body: { id, total_amount: Number(total_amount), down_payment: optionalNumber(down_payment), instalments_count: Number(instalments_count), start_date: localInputToIso(start_date)! },
        }),
      );
    },
    onDone: context.refresh,
  });
}
