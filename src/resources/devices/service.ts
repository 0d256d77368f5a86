import { randomUUID } from 'node:crypto';
import type { Operation, PatchablePath } from '../../core/patch.js';
import { assertValid, patchResource, type PatchSpec } from '../../core/resource-patch.js';
import { findById, findUnderParents, hashOf, insertResource, listAll, presentStored, touch, type Condition, type Conn, type Embedding, type Presentation, type Stored } from '../../core/store.js';
import { nowIso, toApiDate, toApiDateOrNull } from '../../core/time.js';
import type { RequestContext } from '../../core/context.js';
import { AppError, badRequest } from '../../core/errors.js';
import { assertMoney, toCents } from '../../core/money.js';
import type { Commitment, CommitmentCreate } from '../commitments/schema.js';
import { commitmentsEmbedding, createCommitments, loadCommitments, type CommitmentParent } from '../commitments/service.js';
import type { SubscriptionChild, TypeDataCheck } from '../subscriptions/children.js';
import { NON_FINAL_STATUSES, type Subscription } from '../subscriptions/schema.js';
import { requireSubscription, subscriptionsTable } from '../subscriptions/service.js';
import { canonicalMac, CONTROL_CHARACTERS, Device, DEVICE_CLIENT_FIELDS, DeviceCreate, devicesTable, StoredDeviceSchema, type StoredDevice } from './schema.js';

/** The device of this subscription in this org, else 404 DEVICE_NOT_FOUND. */
export async function requireDevice(c: Conn, org: string, subscriptionId: string, deviceId: string, options: { lock?: boolean } = {}): Promise<Stored<StoredDevice>> {
  const stored = await findById(c, devicesTable, org, deviceId, { scope: { subscription_id: subscriptionId }, lock: options.lock });
  if (!stored) throw deviceNotFound(deviceId)();
  return stored;
}

const deviceNotFound = (deviceId: string) => () => new AppError('DEVICE_NOT_FOUND', `device ${deviceId} not found`);

/** The path `…/subscriptions/{sid}/devices/{did}`, checked from the top: SUBSCRIPTION_NOT_FOUND, then DEVICE_NOT_FOUND. */
export async function requireDeviceOnPath(c: Conn, org: string, subscriptionId: string, deviceId: string, options: { lock?: boolean } = {}) {
  const subscription = await requireSubscription(c, org, subscriptionId, { lock: options.lock });
  const device = await requireDevice(c, org, subscriptionId, deviceId, options);
  return { subscription, device };
}

/** Answers embed the device's commitments: one query for any number of devices. */
async function withCommitments(c: Conn, org: string, devices: StoredDevice[]): Promise<Device[]> {
  const commitments = await loadCommitments(c, org, 'DEVICE', devices.map((device) => device.id));
  return devices.map((device) => ({ ...device, commitments: commitments.get(device.id) ?? [] }));
}

/** The same, read by the database in the device's own statement (one round trip). */
const deviceCommitments = [commitmentsEmbedding('DEVICE')];
const presentDevice = (device: StoredDevice, embedded: Record<string, unknown[]>): Device => ({ ...device, commitments: embedded.commitments as Commitment[] });
const devicePresentation: Presentation<StoredDevice, Device> = { name: 'device', table: devicesTable, embeds: deviceCommitments, present: presentDevice };
/** A line's answer embeds its devices, each with its commitments. */
const deviceEmbedding: Embedding = { field: 'devices', table: 'devices', parentColumn: 'subscription_id', embeds: deviceCommitments, answerOmits: [], present: presentDevice };

const represent = (c: Conn, org: string, stored: Stored<StoredDevice>): Promise<Stored<Device>> => presentStored(c, devicePresentation, org, stored);

/** Format rules checked here, with their own messages (the document states them as patterns): a MAC address, money, a trimmed serial number. */
function normalizeFields(device: StoredDevice, prefix: string): StoredDevice {
  if (device.mac_address !== null && !canonicalMac(device.mac_address)) {
    throw badRequest(`${prefix}mac_address is not a MAC address (12 or 16 hex digits, bare or separated by ":", "-" or Cisco-style "."): ${device.mac_address}`);
  }
  assertMoney(device.insurable_amount, `${prefix}insurable_amount`);
  const serialNumber = device.serial_number === null ? null : device.serial_number.trim();
  if (serialNumber === '' || (serialNumber !== null && CONTROL_CHARACTERS.test(serialNumber))) {
    throw badRequest(`${prefix}serial_number must not be blank or hold control characters`);
  }
  return {
    ...device,
    serial_number: serialNumber,
    in_store_delivery_date: toApiDateOrNull(device.in_store_delivery_date),
    in_store_returned_date: toApiDateOrNull(device.in_store_returned_date),
  };
}

function assertSameLegacyAccount(device: StoredDevice, subscription: Subscription, prefix: string): void {
  if (subscription.legacy_account_id !== null && device.legacy_account_id !== subscription.legacy_account_id) {
    throw badRequest(`${prefix}legacy_account_id ${device.legacy_account_id} differs from the subscription's legacy_account_id ${subscription.legacy_account_id}`);
  }
}

function deviceFromBody(body: DeviceCreate, subscriptionId: string, prefix: string): StoredDevice {
  const date = toApiDate(nowIso());
  const fields = Object.fromEntries(DEVICE_CLIENT_FIELDS.map((name) => [name, body[name] ?? null])) as Pick<StoredDevice, (typeof DEVICE_CLIENT_FIELDS)[number]>;
  return normalizeFields(
    { id: (body.id ?? randomUUID()).toLowerCase(), ...fields, subscription_id: subscriptionId, creation_date: date, last_updated_date: date },
    prefix,
  );
}

/**
 * Stores a device and its commitments (binding from the device's creation). A known id replays the stored device
 * when it was created from the same request, else 409 ALREADY_EXISTS — before the state rules, so a retry replays.
 */
async function insertDevice(c: Conn, context: RequestContext, subscription: Subscription, body: DeviceCreate, device: StoredDevice, prefix: string) {
  const { subscription_id: _s, creation_date: _c, last_updated_date: _l, ...clientFields } = body;
  const requestHash = hashOf([subscription.id, { ...clientFields, id: device.id }]);
  if (await findById(c, devicesTable, context.org, device.id)) {
    const replay = await insertResource(c, devicesTable, context.org, device, requestHash);
    return { stored: await represent(c, context.org, replay.stored), replayed: true };
  }
  if (!NON_FINAL_STATUSES.includes(subscription.status)) {
    throw new AppError('INVALID_SUBSCRIPTION_STATUS', `subscription ${subscription.id} is ${subscription.status}: a device is added only while it is PRE_ACTIVE, ACTIVE or SUSPENDED`);
  }
  assertSameLegacyAccount(device, subscription, prefix);
  const result = await insertResource(c, devicesTable, context.org, device, requestHash);
  const commitments = await createCommitments(c, context, { kind: 'DEVICE', id: device.id, subscriptionId: subscription.id }, body.commitments ?? [], {
    startDate: device.creation_date,
  });
  return { stored: { resource: { ...device, commitments }, version: result.stored.version }, replayed: false };
}

/** D3 */
export async function addDevice(c: Conn, context: RequestContext, subscriptionId: string, body: DeviceCreate) {
  const device = deviceFromBody(body, subscriptionId, '');
  const subscription = (await requireSubscription(c, context.org, subscriptionId, { lock: true })).resource;
  const result = await insertDevice(c, context, subscription, body, device, '');
  // The subscription embeds its devices: its ETag moves with them.
  if (!result.replayed) await touch(c, subscriptionsTable, context.org, subscription.id);
  return result;
}

/** D1: every device of the org with this canonical MAC and/or serial number, newest first. */
export async function lookupDevices(c: Conn, org: string, conditions: Condition[]): Promise<Device[]> {
  return withCommitments(c, org, await listAll(c, devicesTable, org, conditions, 'desc'));
}

/** D2 */
export async function listSubscriptionDevices(c: Conn, org: string, subscriptionId: string, conditions: Condition[]): Promise<Device[]> {
  await requireSubscription(c, org, subscriptionId);
  return withCommitments(c, org, await listAll(c, devicesTable, org, [...conditions, ['subscription_id', '=', subscriptionId]]));
}

/** D4 */
export async function getDevice(c: Conn, org: string, subscriptionId: string, deviceId: string): Promise<Stored<Device>> {
  return findUnderParents(c, devicePresentation, org, deviceId, { subscription_id: subscriptionId }, {
    requireParents: () => requireSubscription(c, org, subscriptionId),
    notFound: deviceNotFound(deviceId),
  });
}

/** The paths a device's PATCH may change: every client field, the manufacturing info's fields, and appended commitments. */
export const DEVICE_PATCH_PATHS: PatchablePath<StoredDevice>[] = [
  ...DEVICE_CLIENT_FIELDS.map((name) => ({ path: `/${name}` })),
  { path: '/manufacturing_info/**' },
  { path: '/commitments/-', append: true },
];

function devicePatch(subscription: Subscription): PatchSpec<StoredDevice> {
  return {
    table: devicesTable,
    schema: StoredDeviceSchema,
    paths: DEVICE_PATCH_PATHS,
    finalize(_c, _context, patched) {
      const device = normalizeFields(patched.resource, '');
      assertSameLegacyAccount(device, subscription, '');
      return device;
    },
    async afterSave(c, context, patched, saved) {
      // An appended commitment binds from the append (1.14).
      const appended = (patched.appends['/commitments'] ?? []) as CommitmentCreate[];
      await createCommitments(c, context, { kind: 'DEVICE', id: saved.id, subscriptionId: subscription.id }, appended, { startDate: saved.last_updated_date });
      await touch(c, subscriptionsTable, context.org, subscription.id);
    },
  };
}

/** D5 */
export async function patchDevice(c: Conn, context: RequestContext, subscriptionId: string, deviceId: string, operations: Operation[]): Promise<Stored<Device>> {
  const { subscription, device } = await requireDeviceOnPath(c, context.org, subscriptionId, deviceId, { lock: true });
  const saved = await patchResource(c, context, devicePatch(subscription.resource), device, operations);
  return represent(c, context.org, saved);
}

export const deviceCommitmentParent: CommitmentParent = {
  kind: 'DEVICE',
  table: devicesTable,
  require: async (c, org, subscriptionId, deviceId) => {
    await requireDeviceOnPath(c, org, subscriptionId, deviceId);
  },
};

export const deviceChild: SubscriptionChild = {
  field: 'devices',
  schema: Device,
  createSchema: DeviceCreate,
  embedding: deviceEmbedding,
  async createWith(c, context, subscription, items) {
    for (const [index, item] of items.entries()) {
      const prefix = `devices/${index}/`;
      assertValid(DeviceCreate, item);
      const body = item as DeviceCreate;
      await insertDevice(c, context, subscription, body, deviceFromBody(body, subscription.id, prefix), prefix);
    }
  },
};

/** DEVICE_INSURANCE: the insured device belongs to the same customer account and covers the insured amount. */
export const deviceInsuranceCheck: TypeDataCheck = async (c, org, insurance) => {
  const deviceId = insurance.specific_data.device_id as string;
  const device = await findById(c, devicesTable, org, deviceId);
  const holder = device && (await findById(c, subscriptionsTable, org, device.resource.subscription_id));
  if (!device || !holder || holder.resource.account_id !== insurance.account_id) {
    throw new AppError('DEVICE_NOT_FOUND_FOR_INSURANCE', `device ${deviceId} is not a device of a subscription of account ${insurance.account_id}`);
  }
  const insurable = device.resource.insurable_amount;
  if (insurable === null) throw new AppError('DEVICE_NOT_INSURABLE', `device ${deviceId} is not insurable (insurable_amount is null)`);
  const insured = insurance.specific_data.insured_amount as number | undefined;
  if (insured !== undefined && insured !== null && toCents(insured) > toCents(insurable)) {
    throw new AppError('DEVICE_NOT_INSURABLE', `insured_amount ${insured} exceeds the device's insurable_amount ${insurable}`);
  }
};
