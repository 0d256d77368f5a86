import { Type, type TObject, type TSchema } from '@sinclair/typebox';
import { badRequest } from '../../core/errors.js';
import { assertMoney } from '../../core/money.js';
import { documented, LegacyId, Money, Text, Uuid, StringEnum } from '../../core/schemas.js';
import { FORMATS, PATTERNS, iccidOrThrow, imsiOrThrow, lowerCase, msisdnOrThrow, normalizePhone, phoneOrThrow } from './identifiers.js';

export const SUBSCRIPTION_TYPES = [
  'MOBILE',
  'BROADBAND',
  'LANDLINE',
  'ORANGE_TV',
  'ORANGE_TV_LIBRE',
  'AGILE_TV',
  'AMAZON_PRIME',
  'MAX',
  'DISNEY',
  'NETFLIX',
  'DEVICE_INSURANCE',
  'MULTISIM',
] as const;
export type SubscriptionType = (typeof SUBSCRIPTION_TYPES)[number];

export type SpecificData = Record<string, unknown>;

/** An indexed identifier of a type: how it is read from `specific_data` and how a filter value is normalised. */
export interface IdentifierSpec {
  of: (data: SpecificData) => string | null;
  normalizeFilter: (value: string, parameter: string) => string;
  /** The filter parameter's schema: typed and described as `normalizeFilter` reads it. */
  filter: TSchema;
  /** Counts toward the "at least one identifying filter" rule of org-wide searches. */
  identifying: boolean;
}

/** A subscription type is a declaration: its segment, its `specific_data`, its identifiers and its own rules. */
export interface SubscriptionTypeSpec {
  type: SubscriptionType;
  segment: string;
  /** The schema name (`<Type>`, `<Type>Set`). */
  title: string;
  /** The endpoint group as the seeds' list names it (the OpenAPI tag), where it is not the title. */
  group?: string;
  specificData: TObject;
  identifiers: Record<string, IdentifierSpec>;
  /** Canonical form of the type data (numbers in E.164, …); throws the contract's codes on invalid data. */
  normalize?: (data: SpecificData) => SpecificData;
}

const text = (field: string, identifying = true): IdentifierSpec => ({
  of: (data) => (data[field] === undefined || data[field] === null ? null : String(data[field])),
  normalizeFilter: (value) => value,
  filter: Type.String(),
  identifying,
});
const email = (field: string): IdentifierSpec => ({
  of: (data) => (typeof data[field] === 'string' ? lowerCase(data[field] as string) : null),
  normalizeFilter: (value) => lowerCase(value),
  filter: Type.String({ description: 'E-mail, matched lower-cased' }),
  identifying: true,
});
const phone = (field: string, kind: 'mobile' | 'landline'): IdentifierSpec => ({
  of: (data) => (typeof data[field] === 'string' ? (data[field] as string) : null),
  normalizeFilter: (value, parameter) => {
    const normalized = normalizePhone(value, kind);
    if (!normalized) throw badRequest(`query parameter ${parameter} is not a valid phone number: ${value}`);
    return normalized;
  },
  filter: Type.String({ description: kind === 'mobile' ? FORMATS.msisdn : FORMATS.phone, ...documented({ pattern: kind === 'mobile' ? PATTERNS.msisdn : PATTERNS.phone }) }),
  identifying: true,
});
const digits = (field: string, pattern: RegExp, label: string, filter: TSchema): IdentifierSpec => ({
  of: (data) => (data[field] === undefined || data[field] === null ? null : String(data[field])),
  normalizeFilter: (value, parameter) => {
    if (!pattern.test(value.trim())) throw badRequest(`query parameter ${parameter} is not a valid ${label}: ${value}`);
    return value.trim();
  },
  filter,
  identifying: true,
});
const uuidRef = (field: string): IdentifierSpec => ({
  of: (data) => (typeof data[field] === 'string' ? (data[field] as string).toLowerCase() : null),
  normalizeFilter: (value, parameter) => {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
      throw badRequest(`query parameter ${parameter} must be a UUID, got ${value}`);
    }
    return value.toLowerCase();
  },
  filter: Uuid(),
  identifying: true,
});
const boolean = (field: string): IdentifierSpec => ({
  of: (data) => (typeof data[field] === 'boolean' ? String(data[field]) : null),
  normalizeFilter: (value, parameter) => {
    if (value !== 'true' && value !== 'false') throw badRequest(`query parameter ${parameter} must be true or false, got ${value}`);
    return value;
  },
  filter: Type.Boolean(),
  identifying: false,
});
const enumValue = (field: string, values: string[]): IdentifierSpec => ({
  of: (data) => (typeof data[field] === 'string' ? (data[field] as string) : null),
  normalizeFilter: (value, parameter) => {
    if (!values.includes(value)) throw badRequest(`query parameter ${parameter} must be one of ${values.join(', ')}, got ${value}`);
    return value;
  },
  filter: Type.Unsafe<string>({ type: 'string', enum: values }),
  identifying: false,
});

// The format is checked by the type's rule (400 INVALID_IMSI), not by a schema pattern (which would answer BAD_REQUEST).
const IMSI = Type.String({ description: `${FORMATS.imsi}, else 400 INVALID_IMSI`, examples: ['214030000000001'], ...documented({ pattern: PATTERNS.imsi }) });
const ICCID = Type.String({ minLength: 1, maxLength: 32, description: `${FORMATS.iccid}, else 400 BAD_REQUEST`, examples: ['8934071234567890125'], ...documented({ pattern: PATTERNS.iccid }) });
/** ajv-formats' `email` (which validation applies), as a pattern for generators that do not read formats: JSON Schema patterns have no `i` flag. */
const LOCAL = "[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?';
export const EMAIL_PATTERN = `^${LOCAL}(?:\\.${LOCAL})*@(?:${LABEL}\\.)+${LABEL}$`;
const Email = Type.String({ format: 'email', maxLength: 254, ...documented({ pattern: EMAIL_PATTERN }) });
const closed = { additionalProperties: false } as const;

/** Type data of MOBILE and MULTISIM in canonical form. */
function normalizeSim(data: SpecificData): SpecificData {
  const result = { ...data };
  if (typeof result.msisdn === 'string') result.msisdn = msisdnOrThrow(result.msisdn);
  if (result.imsi !== undefined) result.imsi = imsiOrThrow(result.imsi as string);
  if (typeof result.iccid === 'string') result.iccid = iccidOrThrow(result.iccid);
  return result;
}

const streaming = (
  type: SubscriptionType,
  segment: string,
  names: { title: string; group?: string },
  extra: Record<string, ReturnType<typeof Text>> = {},
  optional: string[] = [],
): SubscriptionTypeSpec => ({
  type,
  segment,
  ...names,
  specificData: Type.Object(
    {
      ...Object.fromEntries(Object.entries(extra).map(([name, schema]) => [name, optional.includes(name) ? Type.Optional(schema) : schema])),
      service_id: Text(64),
      product_id: Text(64),
    },
    closed,
  ),
  identifiers: { ...Object.fromEntries(Object.keys(extra).filter((name) => !optional.includes(name)).map((name) => [name, text(name)])), service_id: text('service_id'), product_id: text('product_id') },
});

export const TYPE_SPECS: SubscriptionTypeSpec[] = [
  {
    type: 'MOBILE',
    segment: 'mobile',
    title: 'Mobile',
    specificData: Type.Object(
      {
        msisdn: Type.String({ minLength: 1, maxLength: 32, description: `${FORMATS.msisdn}; else 400 INVALID_MSISDN`, examples: ['+34611223344'], ...documented({ pattern: PATTERNS.msisdn }) }),
        imsi: IMSI,
        iccid: Type.Optional(ICCID),
        sim_type: Type.Optional(StringEnum(['PHYSICAL', 'ESIM'], { default: 'PHYSICAL' })),
      },
      closed,
    ),
    identifiers: {
      msisdn: phone('msisdn', 'mobile'),
      imsi: digits('imsi', /^\d{14,15}$/, 'IMSI', Type.String({ description: FORMATS.imsi, ...documented({ pattern: PATTERNS.imsi }) })),
      iccid: digits('iccid', /^\d{18,22}$/, 'ICCID', Type.String({ description: FORMATS.iccid, ...documented({ pattern: PATTERNS.iccid }) })),
    },
    normalize: normalizeSim,
  },
  {
    type: 'BROADBAND',
    segment: 'broadband',
    title: 'Broadband',
    specificData: Type.Object(
      {
        legacy_service_id: Type.Optional(Text(64, 'Work order id in the legacy stack')),
        technology: StringEnum(['FTTH', 'ADSL', 'VDSL', 'FIXED_WIRELESS']),
        installation_address: Type.Object(
          {
            street: Text(255),
            postal_code: Text(16),
            city: Text(128),
            province: Type.Optional(Text(128)),
            country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', default: 'ES', description: 'ISO 3166-1 alpha-2' })),
          },
          closed,
        ),
        download_speed_mbps: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
        upload_speed_mbps: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
      },
      closed,
    ),
    identifiers: {
      legacy_service_id: text('legacy_service_id'),
      technology: enumValue('technology', ['FTTH', 'ADSL', 'VDSL', 'FIXED_WIRELESS']),
    },
  },
  {
    type: 'LANDLINE',
    segment: 'landline',
    title: 'Landline',
    specificData: Type.Object(
      {
        phone_number: Type.String({ minLength: 1, maxLength: 32, description: `${FORMATS.phone}; else 400 INVALID_PHONE_NUMBER`, examples: ['+34911223344'], ...documented({ pattern: PATTERNS.phone }) }),
        legacy_service_id: Type.Optional(Text(64)),
        linked_broadband_id: Type.Optional(Uuid('A BROADBAND subscription of the same bundle')),
      },
      closed,
    ),
    identifiers: { phone_number: phone('phone_number', 'landline'), legacy_service_id: text('legacy_service_id') },
    normalize: (data) => ({
      ...data,
      phone_number: phoneOrThrow(data.phone_number as string),
      ...(typeof data.linked_broadband_id === 'string' ? { linked_broadband_id: data.linked_broadband_id.toLowerCase() } : {}),
    }),
  },
  {
    type: 'ORANGE_TV',
    segment: 'orange_tv',
    title: 'OrangeTv',
    group: 'Orange TV',
    specificData: Type.Object(
      {
        external_id: Text(128, 'Partner user id'),
        service_plan_ids: Type.Optional(Type.Array(Text(64), { maxItems: 50 })),
        customer_type: Type.Optional(StringEnum(['IPTV', 'OTT'])),
        max_set_top_boxes: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
      },
      closed,
    ),
    identifiers: { external_id: text('external_id') },
  },
  {
    type: 'ORANGE_TV_LIBRE',
    segment: 'orange_tv_libre',
    title: 'OrangeTvLibre',
    group: 'Orange TV Libre',
    specificData: Type.Object({ registration_email: Email, service_id: Text(64) }, closed),
    identifiers: { registration_email: email('registration_email'), service_id: text('service_id') },
  },
  {
    type: 'AGILE_TV',
    segment: 'agile_tv',
    title: 'AgileTv',
    specificData: Type.Object(
      { service_id: Text(64), product_id: Text(64), is_primary: Type.Optional(Type.Boolean({ default: true })) },
      closed,
    ),
    identifiers: { service_id: text('service_id'), product_id: text('product_id'), is_primary: boolean('is_primary') },
  },
  streaming('AMAZON_PRIME', 'amazon_prime', { title: 'AmazonPrime', group: 'Amazon Prime' }, { billing_id: Text(64) }, ['billing_id']),
  streaming('MAX', 'max', { title: 'Max' }),
  streaming('DISNEY', 'disney', { title: 'Disney' }, { user_id: Text(128) }),
  {
    type: 'NETFLIX',
    segment: 'netflix',
    title: 'Netflix',
    specificData: Type.Object(
      {
        partner_account_id: Text(128),
        service_id: Type.Optional(Text(64)),
        offer_id: Type.Optional(Text(64)),
        email: Type.Optional(Email),
      },
      closed,
    ),
    identifiers: { partner_account_id: text('partner_account_id'), service_id: text('service_id') },
  },
  {
    type: 'DEVICE_INSURANCE',
    segment: 'device_insurance',
    title: 'DeviceInsurance',
    specificData: Type.Object(
      {
        device_id: Uuid('A device of the same customer account'),
        legacy_device_id: Type.Optional(LegacyId()),
        insurance_policy_id: Type.Optional(Text(64)),
        insured_amount: Type.Optional(Money()),
      },
      closed,
    ),
    identifiers: {
      device_id: uuidRef('device_id'),
      legacy_device_id: digits('legacy_device_id', /^-?\d{1,19}$/, 'integer', LegacyId()),
      insurance_policy_id: text('insurance_policy_id'),
    },
    normalize: (data) => {
      assertMoney(data.insured_amount as number | undefined, 'specific_data.insured_amount');
      return { ...data, device_id: (data.device_id as string).toLowerCase() };
    },
  },
  {
    type: 'MULTISIM',
    segment: 'multisim',
    title: 'Multisim',
    specificData: Type.Object(
      {
        main: Uuid('The MOBILE subscription this SIM belongs to'),
        msisdn: Type.Optional(Type.String({ maxLength: 32, description: "Read-only: the main line's number, in E.164 (a value sent is accepted and replaced)" })),
        imsi: IMSI,
        iccid: Type.Optional(ICCID),
      },
      closed,
    ),
    identifiers: {
      main: uuidRef('main'),
      msisdn: phone('msisdn', 'mobile'),
      imsi: digits('imsi', /^\d{14,15}$/, 'IMSI', Type.String({ description: FORMATS.imsi, ...documented({ pattern: PATTERNS.imsi }) })),
      iccid: digits('iccid', /^\d{18,22}$/, 'ICCID', Type.String({ description: FORMATS.iccid, ...documented({ pattern: PATTERNS.iccid }) })),
    },
    normalize: (data) => {
      const { msisdn: _ignored, ...rest } = data;
      return { ...normalizeSim(rest), main: (data.main as string).toLowerCase() };
    },
  },
];

export const typeSpec = (type: SubscriptionType): SubscriptionTypeSpec => TYPE_SPECS.find((spec) => spec.type === type)!;

