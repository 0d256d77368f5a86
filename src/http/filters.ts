import { Type, type TSchema } from '@sinclair/typebox';
import type { Condition } from '../core/store.js';
import { toStoredDate } from '../core/time.js';
import { AppError, badRequest } from '../core/errors.js';
import { documented, SafeInteger } from '../core/schemas.js';

/**
 * Query filters, declared per resource and parsed here once:
 * - status/enum: `{"eq":"ACTIVE"}`, `{"in":["A","B"]}` or a bare value;
 * - date: a bare date-time (equality) or `{"eq","lt","lte","gt","gte"}`;
 * - integer, boolean, text (with an optional normaliser), and typed identifiers of subscriptions.
 * Every filter names an indexed column (or the identifier index).
 */
export type FilterSpec =
  | { kind: 'enum'; column: string; values: readonly string[]; description?: string }
  | { kind: 'date'; column: string; description?: string }
  | { kind: 'integer'; column: string; description?: string }
  | { kind: 'boolean'; column: string; description?: string }
  | { kind: 'text'; column: string; normalize?: (value: string, parameter: string) => string; description?: string; pattern?: string }
  | { kind: 'custom'; schema?: TSchema; parse: (value: string, parameter: string) => Condition; description?: string };

export type FilterSpecs = Record<string, FilterSpec>;

const DATE_OPERATORS = { eq: '=', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

function parseJsonObject(value: string, parameter: string): Record<string, unknown> | undefined {
  if (!value.trim().startsWith('{')) return undefined;
  try {
    const parsed = JSON.parse(value) as unknown;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch {
    throw badRequest(`query parameter ${parameter} is not a valid JSON object: ${value}`);
  }
}

export function parseDateValue(value: unknown, parameter: string): string {
  if (typeof value !== 'string') throw badRequest(`query parameter ${parameter} must hold date-time strings`);
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+ \d{2}:?\d{2}$/.test(value)) {
    throw badRequest(
      `query parameter ${parameter} has a space where its time zone sign should be: percent-encode "+" as %2B (${value})`,
    );
  }
  if (!ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw badRequest(`query parameter ${parameter} must be an ISO 8601 date-time with a time zone, got ${value}`);
  }
  return toStoredDate(value);
}

function enumConditions(spec: { column: string; values: readonly string[] }, value: string, parameter: string): Condition[] {
  const check = (candidate: unknown): string => {
    if (typeof candidate !== 'string' || !spec.values.includes(candidate)) {
      throw badRequest(`query parameter ${parameter} has an unknown value ${JSON.stringify(candidate)}: expected one of ${spec.values.join(', ')}`);
    }
    return candidate;
  };
  const object = parseJsonObject(value, parameter);
  if (!object) return [[spec.column, '=', check(value)]];
  const conditions: Condition[] = [];
  for (const [operator, operand] of Object.entries(object)) {
    if (operator === 'eq') {
      conditions.push([spec.column, '=', check(operand)]);
    } else if (operator === 'in') {
      if (!Array.isArray(operand) || operand.length === 0) throw badRequest(`query parameter ${parameter}: "in" must be a non-empty array`);
      conditions.push([spec.column, 'in', operand.map(check)]);
    } else {
      throw badRequest(`query parameter ${parameter} has an unknown operator "${operator}": use eq or in`);
    }
  }
  if (conditions.length === 0) throw badRequest(`query parameter ${parameter} needs "eq" or "in"`);
  return conditions;
}

function dateConditions(column: string, value: string, parameter: string): Condition[] {
  const object = parseJsonObject(value, parameter);
  if (!object) return [[column, '=', parseDateValue(value, parameter)]];
  const conditions: Condition[] = [];
  for (const [operator, operand] of Object.entries(object)) {
    const sqlOperator = DATE_OPERATORS[operator as keyof typeof DATE_OPERATORS];
    if (!sqlOperator) throw badRequest(`query parameter ${parameter} has an unknown operator "${operator}": use eq, lt, lte, gt or gte`);
    conditions.push([column, sqlOperator, parseDateValue(operand, `${parameter}.${operator}`)]);
  }
  if (conditions.length === 0) throw badRequest(`query parameter ${parameter} needs at least one of eq, lt, lte, gt, gte`);
  // A null date never matches: every comparison with NULL is false.
  return conditions;
}

function integerValue(value: string, parameter: string): number {
  const number = Number(value);
  if (!/^-?\d{1,16}$/.test(value) || !Number.isSafeInteger(number)) {
    throw badRequest(`query parameter ${parameter} must be an integer between ${Number.MIN_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}, got ${value}`);
  }
  return number;
}

/** The conditions of one filter parameter (all must hold). */
function conditionsFor(spec: FilterSpec, raw: string, parameter: string): Condition[] {
  switch (spec.kind) {
    case 'enum':
      return enumConditions(spec, raw, parameter);
    case 'date':
      return dateConditions(spec.column, raw, parameter);
    case 'integer':
      return [[spec.column, '=', integerValue(raw, parameter)]];
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') throw badRequest(`query parameter ${parameter} must be true or false, got ${raw}`);
      return [[spec.column, '=', raw === 'true' ? 1 : 0]];
    case 'text':
      return [[spec.column, '=', spec.normalize ? spec.normalize(raw, parameter) : raw]];
    case 'custom':
      return [spec.parse(raw, parameter)];
  }
}

/** Turns the query's filter parameters into SQL conditions; the paging parameters are not filters. */
export function parseFilters(specs: FilterSpecs, query: Record<string, unknown>): Condition[] {
  const conditions: Condition[] = [];
  for (const [parameter, spec] of Object.entries(specs)) {
    const raw = query[parameter];
    if (raw === undefined) continue;
    if (Array.isArray(raw)) throw badRequest(`query parameter ${parameter} is given more than once`);
    conditions.push(...conditionsFor(spec, String(raw), parameter));
  }
  return conditions;
}

/** The searches that must not scan a whole tenant: at least one of these parameters. */
export function requireOneOf(query: Record<string, unknown>, parameters: string[]): void {
  if (!parameters.some((parameter) => query[parameter] !== undefined)) {
    throw new AppError('MISSING_QUERY_PARAMS', `at least one of these query parameters is required: ${parameters.join(', ')}`);
  }
}

/** The "at least one of" rule of a search, for its OpenAPI description. */
export const requiredFiltersText = (parameters: string[]) => `At least one of ${parameters.join(', ')} is required, else 400 MISSING_QUERY_PARAMS.`;

/**
 * The JSON-object form of a filter, documented as its content (the service parses and checks it, naming the
 * parameter): a plain string for validation, so a malformed value still gets the parser's message.
 */
const jsonForm = (operators: Record<string, object>, description: string) => ({
  type: 'string',
  // Documented only: validated, a pattern would replace the parser's message naming the allowed values.
  'x-document': { pattern: '^\\s*\\{' },
  contentMediaType: 'application/json',
  contentSchema: { type: 'object', properties: operators, additionalProperties: false, minProperties: 1 },
  description,
});

/** The OpenAPI/validation schema of a filter parameter: typed as the parser reads it. */
export function filterSchema(spec: FilterSpec): TSchema {
  switch (spec.kind) {
    case 'enum': {
      const value = { type: 'string', enum: [...spec.values] };
      return Type.Unsafe<string>({
        anyOf: [value, jsonForm({ eq: value, in: { type: 'array', items: value, minItems: 1 } }, 'A JSON object {"eq": value, "in": [values]}')],
        description: spec.description ?? `One of ${spec.values.join(', ')}, or a JSON object {"eq": value, "in": [values]}`,
      });
    }
    case 'date': {
      const value = { type: 'string', format: 'date-time' };
      return Type.Unsafe<string>({
        anyOf: [value, jsonForm(Object.fromEntries(Object.keys(DATE_OPERATORS).map((operator) => [operator, value])), 'A JSON object with any of eq, lt, lte, gt, gte')],
        description: spec.description ?? 'An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range)',
      });
    }
    case 'integer':
      return SafeInteger({ description: spec.description });
    case 'boolean':
      return Type.Boolean({ description: spec.description });
    case 'text':
      // The pattern states in the document what `normalize` accepts; normalize keeps its own 400 message.
      return Type.String({ description: spec.description, ...(spec.pattern ? documented({ pattern: spec.pattern }) : {}) });
    case 'custom':
      return spec.schema ?? Type.String({ description: spec.description });
  }
}
