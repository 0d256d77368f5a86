import { Type, type Static } from '@sinclair/typebox';
import type { ResourceTable } from '../../core/store.js';
import { badRequest } from '../../core/errors.js';
import { DateTime, documented, LegacyId, Money, Nullable, serverOwned, Text, Uuid, StringEnum } from '../../core/schemas.js';
import { devicePaths } from './paths.js';
import type { FilterSpecs } from '../../http/filters.js';
import { Commitment, CommitmentCreate } from '../commitments/schema.js';

const HEX = '[0-9a-fA-F]';
/** What canonicalMac accepts, as a pattern for the document (it trims). */
export const MAC_PATTERN = `^\\s*(?:${HEX}{12}|${HEX}{16}|${HEX}{2}(?::${HEX}{2}){5}|${HEX}{2}(?:-${HEX}{2}){5}|${HEX}{2}(?::${HEX}{2}){7}|${HEX}{2}(?:-${HEX}{2}){7}|${HEX}{4}(?:\\.${HEX}{4}){2}|${HEX}{4}(?:\\.${HEX}{4}){3})\\s*$`;
/** A serial number as the service takes it: trimmed, not blank, no control characters. */
const SERIAL_CHARACTER = '[^\\s\\x00-\\x1f\\x7f]';
export const SERIAL_NUMBER_PATTERN = `^\\s*${SERIAL_CHARACTER}(?:[^\\x00-\\x1f\\x7f]*${SERIAL_CHARACTER})?\\s*$`;
export const MAC_FORMAT = 'MAC address: 12 or 16 hex digits, bare or in pairs separated by ":" or "-", or Cisco-style groups of 4 separated by "." (any case; matched in any of these forms)';

export const ACQUISITION_TYPES = ['BORROWED', 'FINANCED', 'ONE_TIME_PAYMENT'] as const;

/** Exactly the seed's Device (../shared/seeds/devices.txt) plus read-only subscription_id, creation_date, last_updated_date. */
export const Device = Type.Object(
  {
    id: Uuid('Device unique identifier'),
    legacy_id: Nullable(LegacyId('Legacy unique identifier of the device associated with the subscription')),
    catalogue_commercial_device_id: Text(255, 'Commercial device id according to catalogue definition'),
    catalogue_device_id: Nullable(Text(255, 'Device id according to catalogue definition')),
    reservation_id: Nullable(Text(255, 'Id for device reservation')),
    signature_process_id: Nullable(Text(255, 'Id of the resource containing subscriber valid signature to purchase device')),
    shipping_order_id: Nullable(Text(255, 'Id of the shipping order related to the device according to logistic')),
    pickup_order_id: Nullable(Text(255, 'Id of the pickup order related to the device according to reverse logistic')),
    in_store_delivery_date: Nullable(DateTime('In shop delivery date to the customer. Format according to ISO 8601.')),
    in_store_returned_date: Nullable(DateTime('In shop returned date. Format according to ISO 8601.')),
    manufacturing_info: Nullable(
      Type.Object(
        {
          id_type: Type.Optional(Nullable(Text(64, 'Manufacturing id type'))),
          id: Type.Optional(Nullable(Text(128, 'Unique id for specific device'))),
        },
        { additionalProperties: false },
      ),
    ),
    serial_number: Nullable(Type.String({ minLength: 1, maxLength: 64, description: 'The serial number or any alphanumeric identifier of a particular device (not blank, no control characters)', ...documented({ pattern: SERIAL_NUMBER_PATTERN }) })),
    mac_address: Nullable(Type.String({ minLength: 1, maxLength: 64, description: `A unique identifier assigned to the device network interface controller. ${MAC_FORMAT}`, ...documented({ pattern: MAC_PATTERN }) })),
    imei: Nullable(Text(32, 'The International Mobile Equipment Identity of the device')),
    acquisition_type: Nullable(StringEnum(ACQUISITION_TYPES, { description: 'Specifies the type of acquisition for the device' })),
    commitments: Type.Array(Commitment),
    insurable_amount: Nullable(Money('The insurable value of the device; null means the device is not insurable')),
    legacy_account_id: LegacyId('Account ID associated with the subscription. Currently tied to MySim/Apollo storage.'),
    subscription_id: Uuid('The subscription that holds the device (read-only)'),
    creation_date: DateTime(),
    last_updated_date: DateTime(),
  },
  { additionalProperties: false, title: 'Device' },
);
export type Device = Static<typeof Device>;

/** As stored: commitments are rows of their own, embedded on read. */
export const StoredDeviceSchema = Type.Object(
  { ...Object.fromEntries(Object.entries(Device.properties).filter(([name]) => name !== 'commitments')) } as Omit<typeof Device.properties, 'commitments'>,
  { additionalProperties: false },
);
export type StoredDevice = Omit<Device, 'commitments'>;

/** 12 (or, EUI-64, 16) hex digits, bare or in pairs separated by `:`/`-`, or Cisco-style groups of four: lowercase digits. */
export function canonicalMac(value: string): string | undefined {
  const text = value.trim();
  const ok =
    /^[0-9a-f]{12}$|^[0-9a-f]{16}$/i.test(text) ||
    /^[0-9a-f]{2}([:-])(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}$/i.test(text) ||
    /^[0-9a-f]{2}([:-])(?:[0-9a-f]{2}\1){6}[0-9a-f]{2}$/i.test(text) ||
    /^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/i.test(text) ||
    /^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/i.test(text);
  return ok ? text.replace(/[:.-]/g, '').toLowerCase() : undefined;
}

export const devicesTable: ResourceTable<StoredDevice> = {
  table: 'devices',
  kind: 'Device',
  columns: (device) => ({
    subscription_id: device.subscription_id,
    mac_address: device.mac_address ? (canonicalMac(device.mac_address) ?? null) : null,
    serial_number: device.serial_number ? device.serial_number.trim() : null,
    legacy_id: device.legacy_id,
  }),
  href: (org, device) => devicePaths.item.path({ org, subscriptionId: device.subscription_id, deviceId: device.id }),
};

/** Every field a client sets (D3 body, D5 paths) — the Device minus the server's and the embedded commitments. */
export const DEVICE_CLIENT_FIELDS = [
  'legacy_id',
  'catalogue_commercial_device_id',
  'catalogue_device_id',
  'reservation_id',
  'signature_process_id',
  'shipping_order_id',
  'pickup_order_id',
  'in_store_delivery_date',
  'in_store_returned_date',
  'manufacturing_info',
  'serial_number',
  'mac_address',
  'imei',
  'acquisition_type',
  'insurable_amount',
  'legacy_account_id',
] as const;

const optional = <K extends (typeof DEVICE_CLIENT_FIELDS)[number]>(name: K) => Type.Optional(Device.properties[name]);

/** The D3 body (and each element of a subscription create's `devices`): the seed's required fields, server fields accepted and replaced. */
export const DeviceCreate = Type.Object(
  {
    id: Type.Optional(Uuid('Device unique identifier (generated when absent)')),
    legacy_id: optional('legacy_id'),
    catalogue_commercial_device_id: Device.properties.catalogue_commercial_device_id,
    catalogue_device_id: optional('catalogue_device_id'),
    reservation_id: optional('reservation_id'),
    signature_process_id: optional('signature_process_id'),
    shipping_order_id: optional('shipping_order_id'),
    pickup_order_id: optional('pickup_order_id'),
    in_store_delivery_date: optional('in_store_delivery_date'),
    in_store_returned_date: optional('in_store_returned_date'),
    manufacturing_info: optional('manufacturing_info'),
    serial_number: optional('serial_number'),
    mac_address: optional('mac_address'),
    imei: optional('imei'),
    acquisition_type: optional('acquisition_type'),
    commitments: Type.Optional(Type.Array(CommitmentCreate, { maxItems: 50, description: 'Created with the device, binding from its creation' })),
    insurable_amount: optional('insurable_amount'),
    legacy_account_id: Device.properties.legacy_account_id,
    subscription_id: serverOwned(Device.properties.subscription_id),
    creation_date: serverOwned(Device.properties.creation_date),
    last_updated_date: serverOwned(Device.properties.last_updated_date),
  },
  { additionalProperties: false, title: 'DeviceCreate' },
);
export type DeviceCreate = Static<typeof DeviceCreate>;

/** A MAC filter matches in canonical form; a malformed one is a 400, not an empty answer. */
function macFilterValue(value: string, parameter: string): string {
  const canonical = canonicalMac(value);
  if (!canonical) throw badRequest(`query parameter ${parameter} is not a MAC address (12 or 16 hex digits, bare or separated by ":", "-" or Cisco-style "."): ${value}`);
  return canonical;
}

/** Control characters (NUL above all, which PostgreSQL text refuses) are never part of a serial number. */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

function serialFilterValue(value: string, parameter: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || CONTROL_CHARACTERS.test(trimmed)) throw badRequest(`query parameter ${parameter} must be a non-empty serial number without control characters`);
  return trimmed;
}

/** D2: a subscription's devices, optionally by MAC. */
export const subscriptionDeviceFilters: FilterSpecs = {
  mac_address: { kind: 'text', column: 'mac_address', normalize: macFilterValue, pattern: MAC_PATTERN, description: `Mac address filter. ${MAC_FORMAT}` },
};

/** D1: the org-wide lookup; one of the two is required. */
export const deviceLookupFilters: FilterSpecs = {
  mac_address: { kind: 'text', column: 'mac_address', normalize: macFilterValue, pattern: MAC_PATTERN, description: `Mac address filter. Required if 'serial_number' filter is not provided. ${MAC_FORMAT}` },
  serial_number: { kind: 'text', column: 'serial_number', normalize: serialFilterValue, pattern: SERIAL_NUMBER_PATTERN, description: "Serial number filter. Required if 'mac_address' filter is not provided" },
};
