/**
 * What an agent typed in the one search box, read as every identifier it could be. The API has one lookup per
 * identifier; the console asks each plausible one in parallel and shows those that match. Pure: no DOM, no I/O.
 */

export type Interpretation =
  | { kind: 'subscription_id' | 'bundle_id'; value: string }
  | { kind: 'mobile_msisdn' | 'multisim_msisdn' | 'landline_phone_number'; value: string }
  | { kind: 'msisdn_prefix'; value: string }
  | { kind: 'imsi' | 'iccid'; value: string }
  | { kind: 'legacy_id' | 'legacy_account_id' | 'legacy_bundle_id' | 'account_id'; value: string }
  | { kind: 'mac_address' | 'serial_number'; value: string }
  | { kind: 'registration_email'; value: string };

export type InterpretationKind = Interpretation['kind'];

export const INTERPRETATION_LABELS: Record<InterpretationKind, string> = {
  subscription_id: 'Subscription id',
  bundle_id: 'Bundle id (its lines)',
  mobile_msisdn: 'Mobile number (MSISDN)',
  multisim_msisdn: 'Multi-SIM number',
  landline_phone_number: 'Landline number',
  msisdn_prefix: 'Start of a mobile number (MSISDN)',
  imsi: 'IMSI',
  iccid: 'ICCID',
  legacy_id: 'Legacy subscription id',
  legacy_account_id: 'Legacy account id',
  legacy_bundle_id: 'Legacy bundle id',
  account_id: 'Account id',
  mac_address: 'Device MAC address',
  serial_number: 'Device serial number',
  registration_email: 'Streaming e-mail (Orange TV Libre)',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// 6 or 8 pairs with ':' or '-', Cisco-style groups of four with '.', or bare (API.md 5.1).
const MAC_SEPARATED = /^(?:[0-9a-f]{2}([:-]))(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}(?:(?:\1[0-9a-f]{2}){2})?$/i;
const MAC_CISCO = /^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}(?:\.[0-9a-f]{4})?$/i;
const MAC_BARE = /^(?:[0-9a-f]{12}|[0-9a-f]{16})$/i;
const INT64_MAX = 9223372036854775807n;
/** The fewest digits of a number the search looks up (the API's msisdn_prefix). */
export const MSISDN_PREFIX_DIGITS = 6;
/** The start of an MSISDN: 6 to 8 national digits (a Spanish mobile starts 6 or 7), or the same after +34 / 0034 / 34. */
const MSISDN_PREFIX = /^(?:(?:\+|00)?34)?[67]\d{5,7}$/;

/**
 * A phone number in any common form — `611 22 33 44`, `611-223-344`, `(+34) 611223344`, `0034611223344`,
 * `34611223344` — as E.164, or undefined when it cannot be one. A number without `+` or `00` is Spanish (API.md 3).
 */
export function phoneNumberE164(text: string): string | undefined {
  const compact = text.replace(/[\s\-.()\/]/g, '');
  let international: string | undefined;
  if (/^\+\d+$/.test(compact)) international = compact.slice(1);
  else if (/^00\d+$/.test(compact)) international = compact.slice(2);
  else if (/^\d{9}$/.test(compact)) international = `34${compact}`;
  else if (/^34\d{9}$/.test(compact)) international = compact;
  if (international === undefined || !/^[1-9]\d{7,14}$/.test(international)) return undefined;
  return `+${international}`;
}

function spanishKind(e164: string): 'mobile' | 'landline' | 'other' | 'invalid' {
  if (!e164.startsWith('+34')) return 'other';
  const national = e164.slice(3);
  if (national.length !== 9) return 'invalid';
  if (/^[67]/.test(national)) return 'mobile';
  if (/^[89]/.test(national)) return 'landline';
  return 'invalid';
}

/** Every identifier the text may be, the most specific first; empty for blank text. */
export function interpretSearch(input: string): Interpretation[] {
  const text = input.trim();
  if (text === '') return [];
  if (UUID.test(text)) {
    const id = text.toLowerCase();
    return [
      { kind: 'subscription_id', value: id },
      { kind: 'bundle_id', value: id },
    ];
  }
  if (EMAIL.test(text)) return [{ kind: 'registration_email', value: text }];

  const found: Interpretation[] = [];
  if (MAC_SEPARATED.test(text) || MAC_CISCO.test(text) || MAC_BARE.test(text)) found.push({ kind: 'mac_address', value: text });

  const phone = phoneNumberE164(text);
  if (phone) {
    const kind = spanishKind(phone);
    if (kind === 'mobile' || kind === 'other') {
      found.push({ kind: 'mobile_msisdn', value: phone }, { kind: 'multisim_msisdn', value: phone });
    }
    if (kind === 'landline' || kind === 'other') found.push({ kind: 'landline_phone_number', value: phone });
  }

  // Part of a number: its first digits (at least 6), as the API's msisdn_prefix reads them.
  const compact = text.replace(/[\s\-.()\/]/g, '');
  if ((!phone || spanishKind(phone) === 'invalid') && MSISDN_PREFIX.test(compact)) found.push({ kind: 'msisdn_prefix', value: compact });

  if (/^\d+$/.test(text)) {
    if (text.length === 14 || text.length === 15) found.push({ kind: 'imsi', value: text });
    if (text.length >= 18 && text.length <= 22) found.push({ kind: 'iccid', value: text });
    if (BigInt(text) <= INT64_MAX) {
      const integer = BigInt(text).toString();
      found.push(
        { kind: 'legacy_id', value: integer },
        { kind: 'legacy_account_id', value: integer },
        { kind: 'legacy_bundle_id', value: integer },
      );
    }
  }

  // Account ids and serial numbers are free text: anything short enough may be one.
  if (text.length <= 64) found.push({ kind: 'account_id', value: text }, { kind: 'serial_number', value: text });
  return found;
}
