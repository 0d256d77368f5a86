import { AppError, badRequest } from '../../core/errors.js';

/** Line identifiers: stored and matched in one canonical form (API.md section 3). */

/** The formats, as the OpenAPI document states them for bodies and filters (a malformed filter value is BAD_REQUEST). */
export const FORMATS = {
  msisdn: 'MSISDN: E.164 (+ and 8–15 digits), or a Spanish mobile number without + (9 digits starting 6 or 7, or 11 starting 34); spaces and - are ignored; stored as E.164',
  phone: 'Phone number: E.164 (+ and 8–15 digits), or a Spanish landline without + (9 digits starting 8 or 9, or 11 starting 34); spaces and - are ignored; stored as E.164',
  imsi: 'IMSI: 14–15 digits (MCC + MNC + MSIN)',
  iccid: 'ICCID: 18–22 digits with a Luhn check digit',
} as const;

type PhoneKind = 'mobile' | 'landline';

/** Spaces and `-`, which normalizePhone drops wherever they are. */
const GAP = '[\\s-]*';
const spacedDigits = (count: string) => `(?:${GAP}[0-9])${count}`;
/**
 * What normalizePhone accepts, as a pattern for the document: `+` and E.164 (a Spanish `+34` number with its
 * 9 digits starting as the kind says), or the national forms without `+`.
 */
const phonePattern = (first: string) =>
  `^${GAP}(?:\\+${GAP}(?:3${GAP}4${GAP}${first}${spacedDigits('{8}')}|(?!3${GAP}4)[1-9]${spacedDigits('{7,14}')})|(?:3${GAP}4${GAP})?${first}${spacedDigits('{8}')})${GAP}$`;

/** The formats as JSON Schema patterns, stating in the document what the checks below accept (they trim). `[0-9]`, not `\d`, which some engines read as any Unicode digit. */
export const PATTERNS = {
  msisdn: phonePattern('[67]'),
  phone: phonePattern('[89]'),
  imsi: '^\\s*[0-9]{14,15}\\s*$',
  /** The Luhn check digit cannot be a pattern. */
  iccid: '^\\s*[0-9]{18,22}\\s*$',
} as const;

/** E.164 with `+`. No `+` means Spain: 9 digits get +34, 11 digits starting 34 get `+`. */
export function normalizePhone(raw: string, kind: PhoneKind): string | undefined {
  const compact = raw.replace(/[\s-]/g, '');
  let e164: string;
  if (compact.startsWith('+')) e164 = compact;
  else if (/^\d{9}$/.test(compact)) e164 = `+34${compact}`;
  else if (/^34\d{9}$/.test(compact)) e164 = `+${compact}`;
  else return undefined;
  if (!/^\+[1-9]\d{7,14}$/.test(e164)) return undefined;
  if (e164.startsWith('+34')) {
    const national = e164.slice(3);
    if (national.length !== 9) return undefined;
    const first = national[0];
    if (kind === 'mobile' && first !== '6' && first !== '7') return undefined;
    if (kind === 'landline' && first !== '8' && first !== '9') return undefined;
  }
  return e164;
}

export function msisdnOrThrow(raw: string, field = 'msisdn'): string {
  const value = normalizePhone(raw, 'mobile');
  if (!value) throw new AppError('INVALID_MSISDN', `${field} ${JSON.stringify(raw)} is not a valid MSISDN (E.164, or a Spanish mobile number starting 6 or 7)`);
  return value;
}

export function phoneOrThrow(raw: string, field = 'phone_number'): string {
  const value = normalizePhone(raw, 'landline');
  if (!value) throw new AppError('INVALID_PHONE_NUMBER', `${field} ${JSON.stringify(raw)} is not a valid phone number (E.164, or a Spanish landline starting 8 or 9)`);
  return value;
}

export function imsiOrThrow(raw: string | number, field = 'imsi'): string {
  const value = String(raw).trim();
  if (!/^\d{14,15}$/.test(value)) throw new AppError('INVALID_IMSI', `${field} ${JSON.stringify(raw)} is not a valid IMSI (14–15 digits)`);
  return value;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function iccidOrThrow(raw: string, field = 'iccid'): string {
  const value = raw.trim();
  if (!/^\d{18,22}$/.test(value) || !luhnValid(value)) {
    throw badRequest(`${field} ${JSON.stringify(raw)} is not a valid ICCID (18–22 digits with a Luhn check digit)`);
  }
  return value;
}

export const lowerCase = (value: string) => value.trim().toLowerCase();
