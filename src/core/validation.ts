import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import secureJson from 'secure-json-parse';
import { AppError, badRequest, type ErrorDetail } from './errors.js';

// ajv-formats ships CommonJS with a default export object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function createAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({
    coerceTypes: coerceTypes ? 'array' : false,
    useDefaults: true,
    removeAdditional: false,
    allErrors: true,
    strict: false,
  });
  addFormats(ajv);
  return ajv;
}

/** Query strings, path parameters and headers arrive as text: coerce them. Bodies are JSON: never coerce. */
export const textAjv = createAjv(true);
export const bodyAjv = createAjv(false);

const PART_NAMES: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'header' };

function fieldOf(error: ErrorObject): string {
  const base = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const params = error.params as Record<string, string>;
  const leaf = params.missingProperty ?? params.additionalProperty;
  return [base, leaf].filter((part) => part !== undefined && part !== '').join('.');
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (params.additionalProperty !== undefined) return 'is not a known field';
  if (params.missingProperty !== undefined) return 'is required';
  if (params.allowedValues) return `must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
  if (error.keyword === 'format') return `must be a valid ${params.format === 'date-time' ? 'date-time with a time zone (ISO 8601)' : params.format}`;
  return error.message ?? 'is invalid';
}

/** Turns Ajv errors into the contract's 400: a message naming the first field, and every problem in details. */
export function validationError(errors: ErrorObject[], part: string): AppError {
  const where = PART_NAMES[part] ?? part;
  // A union (nullable field) reports each branch; the branch errors say more than "must match a schema in anyOf".
  const useful = errors.filter((error) => error.keyword !== 'anyOf' && error.keyword !== 'oneOf' && error.keyword !== 'if');
  const list = useful.length > 0 ? useful : errors;
  const seen = new Set<string>();
  const details: ErrorDetail[] = [];
  for (const error of list) {
    const field = fieldOf(error);
    const message = `${field || where} ${describe(error)}`;
    if (seen.has(message)) continue;
    seen.add(message);
    details.push({ path: `/${field.replace(/\./g, '/')}`, message });
  }
  const first = details[0];
  const message = first ? `Invalid ${where} parameter: ${first.message}` : `Invalid ${where}`;
  return badRequest(part === 'body' ? `Invalid body: ${first?.message ?? 'is invalid'}` : message, details);
}

const MAX_DEPTH = 32;
const MAX_STRING = 4096;

function checkLimits(value: unknown, path: string, depth: number): void {
  if (depth > MAX_DEPTH) throw badRequest(`body is nested deeper than ${MAX_DEPTH} levels at ${path || '/'}`);
  if (typeof value === 'string') {
    if (value.length > MAX_STRING) throw badRequest(`body field ${path} is longer than ${MAX_STRING} characters`);
    if (value.includes('\u0000')) throw badRequest(`body field ${path} contains a NUL character`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkLimits(item, `${path}/${index}`, depth + 1));
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) throw badRequest(`body field name ${JSON.stringify(key)} at ${path || '/'} contains a NUL character`);
      checkLimits(item, `${path}/${key}`, depth + 1);
    }
  }
}

/**
 * JSON bodies: prototype-poisoning keys, nesting, string length and NUL characters (PostgreSQL text cannot hold
 * them, and SQLite must answer the same) are refused before any schema runs.
 */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') throw badRequest('body is empty: a JSON document is required');
  let parsed: unknown;
  try {
    parsed = secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    const reason = (error as Error).message;
    if (/prototype|constructor/i.test(reason)) throw badRequest('body must not contain __proto__ or constructor.prototype keys');
    throw badRequest(`body is not valid JSON: ${reason}`);
  }
  checkLimits(parsed, '', 0);
  return parsed;
}
