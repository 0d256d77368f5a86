import { randomUUID } from 'node:crypto';
import { Type, type TObject } from '@sinclair/typebox';
import { assertNoOperationInProgress, enqueueOperation, type OperationHandler, type OperationHandlers, type StoredOperation } from '../../core/operations.js';
import type { Operation, PatchablePath } from '../../core/patch.js';
import { assertValid, patchResource, type PatchSpec } from '../../core/resource-patch.js';
import { sql } from 'kysely';
import {
  embeddedText,
  embeddedTexts,
  findById,
  findPresented,
  findPresentedText,
  hashOf,
  insertResource,
  listPresentedTexts,
  presentedRowsAfter,
  presentStored,
  updateResource,
  type Condition,
  type Conn,
  type ListKey,
  type Page,
  type Presentation,
  type PresentedRow,
  type PresentedText,
  type ResourceTable,
  type Stored,
} from '../../core/store.js';
import { addYears, now, nowIso, toApiDate, toStoredDate } from '../../core/time.js';
import { assertIfMatch, type RequestContext } from '../../core/context.js';
import { applyTransition, recordCreation } from '../../core/transition.js';
import { AppError, badRequest } from '../../core/errors.js';
import { requireBundle } from '../bundles/service.js';
import type { CascadeContext, SubscriptionChild } from './children.js';
import { subscriptionPaths } from './paths.js';
import {
  LIVE_STATUSES,
  NON_FINAL_STATUSES,
  subscriptionLifecycle,
  subscriptionProperties,
  type Subscription,
  type SubscriptionStatus,
} from './schema.js';
import { typeSpec, type SpecificData, type SubscriptionType, type SubscriptionTypeSpec } from './types.js';

export const subscriptionsTable: ResourceTable<Subscription> = {
  table: 'subscriptions',
  kind: 'Subscription',
  href: (org, subscription) => subscriptionPaths.item.path({ org, subscriptionId: subscription.id }),
  columns: (s) => ({
    bundle_id: s.bundle_id,
    type: s.type,
    status: s.status,
    account_id: s.account_id,
    legacy_id: s.legacy_id,
    legacy_account_id: s.legacy_account_id,
    mandatory: s.mandatory ? 1 : 0,
    activation_date: s.activation_date ? toStoredDate(s.activation_date) : null,
    deactivation_date: s.deactivation_date ? toStoredDate(s.deactivation_date) : null,
  }),
};

/** The stored shape of each type (no embedded children), against which creates and patches are validated. */
const storedSchemas = new Map<SubscriptionType, TObject>();
function storedSchema(spec: SubscriptionTypeSpec): TObject {
  let schema = storedSchemas.get(spec.type);
  if (!schema) {
    const { promotions: _p, add_ons: _a, devices: _d, legacy_bundle_id: _l, ...properties } = subscriptionProperties(spec.specificData, {});
    schema = Type.Object(properties, { additionalProperties: false });
    storedSchemas.set(spec.type, schema);
  }
  return schema;
}

export async function requireSubscription(
  c: Conn,
  org: string,
  id: string,
  options: { lock?: boolean; touch?: boolean; type?: SubscriptionType } = {},
): Promise<Stored<Subscription>> {
  const stored = await findById(c, subscriptionsTable, org, id, { lock: options.lock, touch: options.touch, scope: options.type ? { type: options.type } : undefined });
  if (!stored) throw new AppError('SUBSCRIPTION_NOT_FOUND', `subscription ${id} not found`);
  return stored;
}

export type SubscriptionView = Subscription & { legacy_bundle_id: number | null; promotions: unknown[]; add_ons: unknown[]; devices: unknown[] };

/**
 * Answers embed the bundle's live legacy id and the children the composition lends (promotions, add-ons, devices,
 * with their commitments): all read by the database in the line's own statement. One per composition.
 */
const presentations = new WeakMap<SubscriptionChild[], Presentation<Subscription, SubscriptionView>>();
function presentationOf(context: RequestContext): Presentation<Subscription, SubscriptionView> {
  const children = context.composition.subscriptionChildren;
  let presentation = presentations.get(children);
  if (!presentation) {
    presentation = {
      name: `subscription ${children.map((child) => child.embedding.field).join(',')}`,
      table: subscriptionsTable,
      embeds: children.map((child) => child.embedding),
      columns: {
        legacy_bundle_id: (rows) => sql`(select bundles.legacy_id from ${rows('bundles', 'bundles', sql`bundles.org = subscriptions.org and bundles.id = subscriptions.bundle_id`)})`,
      },
      present: (subscription, embedded, columns) => {
        const view: SubscriptionView = { ...subscription, legacy_bundle_id: columns.legacy_bundle_id === null ? null : Number(columns.legacy_bundle_id), promotions: [], add_ons: [], devices: [] };
        for (const child of children) view[child.embedding.field as SubscriptionChild['field']] = embedded[child.embedding.field];
        return view;
      },
    };
    presentations.set(children, presentation);
  }
  return presentation;
}

/** A line's answer, in one statement; 404 SUBSCRIPTION_NOT_FOUND (of that type, when given). */
export async function getSubscription(c: Conn, context: RequestContext, id: string, type?: SubscriptionType): Promise<Stored<SubscriptionView>> {
  const found = await findPresented(c, presentationOf(context), context.org, id, { scope: type ? { type } : undefined });
  if (!found) throw new AppError('SUBSCRIPTION_NOT_FOUND', `subscription ${id} not found`);
  return found;
}

/** A line's answer as JSON text built by the database (`getSubscription`'s answer, as sent). */
export async function getSubscriptionText(c: Conn, context: RequestContext, id: string, type?: SubscriptionType): Promise<PresentedText> {
  const found = await findPresentedText(c, presentationOf(context), context.org, id, { scope: type ? { type } : undefined });
  if (!found) throw new AppError('SUBSCRIPTION_NOT_FOUND', `subscription ${id} not found`);
  return found;
}

/** The answer of a line just written in the caller's transaction. */
export function representOne(c: Conn, context: RequestContext, stored: Stored<Subscription>): Promise<Stored<SubscriptionView>> {
  return presentStored(c, presentationOf(context), context.org, stored);
}

/**
 * The line's identifiers become those of its document: the ones it lost are deleted (a trigger keeps them, ended at
 * the line's new state, for searches `as_of`), the ones it gains begin at the write's instant, the ones it keeps stay.
 */
async function writeIdentifiers(c: Conn, org: string, subscription: Subscription): Promise<void> {
  const validFrom = c.writtenAt ?? nowIso();
  const rows = Object.entries(typeSpec(subscription.type).identifiers)
    .map(([name, identifier]) => ({ org, name, value: identifier.of(subscription.specific_data), subscription_id: subscription.id, valid_from: validFrom }))
    .filter((row): row is typeof row & { value: string } => row.value !== null);
  await c.db
    .deleteFrom('subscription_identifiers')
    .where('org', '=', org)
    .where('subscription_id', '=', subscription.id)
    .where((eb) => eb.not(eb.or(rows.map((row) => eb.and([eb('name', '=', row.name), eb('value', '=', row.value)])))))
    .execute();
  if (rows.length > 0) await c.db.insertInto('subscription_identifiers').values(rows).onConflict((conflict) => conflict.doNothing()).execute();
}

const UNIQUE_IDENTIFIERS: Array<{ name: string; code: 'MSISDN_IN_USE' | 'IMSI_IN_USE' | 'ICCID_IN_USE'; holders: SubscriptionType[] }> = [
  { name: 'msisdn', code: 'MSISDN_IN_USE', holders: ['MOBILE'] },
  { name: 'imsi', code: 'IMSI_IN_USE', holders: ['MOBILE', 'MULTISIM'] },
  { name: 'iccid', code: 'ICCID_IN_USE', holders: ['MOBILE', 'MULTISIM'] },
];

/** A live line's MSISDN, IMSI and ICCID belong to it alone (a MULTISIM shares its main line's MSISDN). */
async function assertIdentifiersFree(c: Conn, org: string, subscription: Subscription): Promise<void> {
  for (const { name, code, holders } of UNIQUE_IDENTIFIERS) {
    if (!holders.includes(subscription.type)) continue;
    const value = subscription.specific_data[name];
    if (typeof value !== 'string') continue;
    const holder = await c.db
      .selectFrom('subscription_identifiers as i')
      .innerJoin('subscriptions as s', (join) => join.onRef('s.org', '=', 'i.org').onRef('s.id', '=', 'i.subscription_id'))
      .select('s.id')
      .where('i.org', '=', org)
      .where('i.name', '=', name)
      .where('i.value', '=', value)
      .where('s.status', 'in', LIVE_STATUSES)
      .where('s.type', 'in', holders)
      .where('s.id', '<>', subscription.id)
      .executeTakeFirst();
    if (holder) throw new AppError(code, `${name} ${value} is held by the live line ${holder.id}`);
  }
}

/** Normalises the type data and checks it against other resources; returns the data to store. */
async function checkTypeData(c: Conn, context: RequestContext, subscription: Subscription): Promise<SpecificData> {
  const { org } = context;
  const spec = typeSpec(subscription.type);
  const data = spec.normalize ? spec.normalize(subscription.specific_data) : subscription.specific_data;
  if (subscription.type === 'MULTISIM') {
    const main = await findById(c, subscriptionsTable, org, data.main as string);
    const valid =
      main &&
      main.resource.type === 'MOBILE' &&
      main.resource.bundle_id === subscription.bundle_id &&
      NON_FINAL_STATUSES.includes(main.resource.status);
    if (!valid) throw new AppError('INVALID_MAIN_SUBSCRIPTION', `main ${String(data.main)} is not a PRE_ACTIVE, ACTIVE or SUSPENDED MOBILE line of bundle ${subscription.bundle_id}`);
    data.msisdn = main.resource.specific_data.msisdn;
  }
  if (subscription.type === 'LANDLINE' && typeof data.linked_broadband_id === 'string') {
    const broadband = await findById(c, subscriptionsTable, org, data.linked_broadband_id);
    if (!broadband || broadband.resource.type !== 'BROADBAND' || broadband.resource.bundle_id !== subscription.bundle_id) {
      throw badRequest(`specific_data.linked_broadband_id ${data.linked_broadband_id} is not a BROADBAND subscription of bundle ${subscription.bundle_id}`);
    }
  }
  await context.composition.typeDataChecks[subscription.type]?.(c, org, { ...subscription, specific_data: data });
  return data;
}

export interface SubscriptionCreateBody {
  id?: string;
  legacy_id?: number | null;
  pre_scoring_id?: string | null;
  catalogue_commercial_product_id: string;
  status?: 'PRE_ACTIVE' | 'ACTIVE';
  mandatory?: boolean;
  account_id?: string;
  legacy_account_id?: number | null;
  activation_date?: string | null;
  specific_data: SpecificData;
  promotions?: unknown[];
  add_ons?: unknown[];
  devices?: unknown[];
}

export async function createSubscription(c: Conn, context: RequestContext, type: SubscriptionType, bundleId: string, body: SubscriptionCreateBody) {
  const bundle = (await requireBundle(c, context.org, bundleId, true)).resource;
  if (bundle.status === 'DEACTIVATED') throw new AppError('INVALID_BUNDLE_STATUS', `bundle ${bundleId} is DEACTIVATED: no subscription can be added`);
  if (body.account_id !== undefined && body.account_id !== bundle.account_id) {
    throw badRequest(`account_id ${body.account_id} differs from the bundle's account ${bundle.account_id}`);
  }
  const date = toApiDate(nowIso());
  const status = body.status ?? 'PRE_ACTIVE';
  if (body.activation_date && new Date(body.activation_date) > now()) throw badRequest('activation_date must not be in the future');
  const subscription: Subscription = {
    id: (body.id ?? randomUUID()).toLowerCase(),
    legacy_id: body.legacy_id ?? null,
    pre_scoring_id: body.pre_scoring_id ?? null,
    type,
    catalogue_commercial_product_id: body.catalogue_commercial_product_id,
    status,
    mandatory: body.mandatory ?? false,
    bundle_id: bundle.id,
    account_id: bundle.account_id,
    legacy_account_id: body.legacy_account_id ?? bundle.legacy_account_id,
    activation_date: status === 'ACTIVE' ? toApiDate(body.activation_date ?? date) : null,
    deactivation_date: null,
    deactivation_system: null,
    deactivation_user: null,
    last_status_update: date,
    last_status_reason: 'SUBSCRIPTION_ADDED_TO_BUNDLE',
    creation_date: date,
    creation_system: context.identity.system,
    creation_user: context.identity.user,
    last_updated_date: date,
    last_updated_user: context.identity.user,
    specific_data: body.specific_data,
  };
  subscription.specific_data = await checkTypeData(c, context, subscription);
  assertValid(storedSchema(typeSpec(type)), subscription);
  const requestHash = hashOf({ bundleId, type, body: { ...body, id: subscription.id } });
  const result = await insertResource(c, subscriptionsTable, context.org, subscription, requestHash);
  if (result.replayed) return { stored: await representOne(c, context, result.stored), replayed: true };
  if (LIVE_STATUSES.includes(status)) await assertIdentifiersFree(c, context.org, subscription);
  await writeIdentifiers(c, context.org, subscription);
  await recordCreation(c, context, subscriptionLifecycle, subscription, { date, reason: 'SUBSCRIPTION_ADDED_TO_BUNDLE' });
  for (const child of context.composition.subscriptionChildren) {
    const items = body[child.field];
    if (!items || items.length === 0) continue;
    assertDistinctIds(child.field, items);
    await child.createWith(c, context, subscription, items);
  }
  return { stored: await representOne(c, context, result.stored), replayed: false };
}

/** Two children of one body with one id would be one create, the second replaying the first: refused, naming the second. */
function assertDistinctIds(field: string, items: unknown[]): void {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') continue;
    if (seen.has(id.toLowerCase())) throw badRequest(`${field}/${index}/id ${id} appears twice`);
    seen.add(id.toLowerCase());
  }
}

/** A page of lines, each answer's JSON text built by the database in the page's one statement. */
export async function listSubscriptions(c: Conn, context: RequestContext, conditions: Condition[], page: Page) {
  return listPresentedTexts(c, presentationOf(context), context.org, conditions, page);
}

/**
 * A line as the export reads it: its answer's parts as the database gave them (the stored document's text, each
 * embedded list's text), turned into the answer's text or the parsed parts only when asked.
 */
export interface LineRead {
  /** Where the next chunk starts after, on (creation_date, id). */
  key: ListKey;
  /** The line's GET answer as JSON text, the stored document's text kept as it is. */
  answerText(): string;
  stored(): Subscription;
  /** How many of each child the answer embeds. */
  count(field: SubscriptionChild['field']): number;
}

/**
 * Up to `limit` lines matching the conditions, after `after` on (creation_date, id) (the first ones without it),
 * in one statement whose rows carry each line's children embedded by the database: an export's chunk.
 */
export async function readLinesAfter(c: Conn, context: RequestContext, conditions: Condition[], after: ListKey | undefined, limit: number): Promise<LineRead[]> {
  const presentation = presentationOf(context);
  const children = context.composition.subscriptionChildren;
  const rows = await presentedRowsAfter(c, presentation, context.org, conditions, after, limit);
  return rows.map((row) => {
    const lists = embeddedTexts(presentation as never, row);
    return {
      key: row.key,
      answerText: () => {
        // The answer is the stored document, then the bundle's legacy id and the children (`present` above), in that order.
        const texts: Record<SubscriptionChild['field'], string> = { promotions: '[]', add_ons: '[]', devices: '[]' };
        for (const child of children) texts[child.field] = embeddedText(child.embedding, lists[child.embedding.field]);
        const legacyBundleId = row.legacy_bundle_id === null ? 'null' : String(Number(row.legacy_bundle_id));
        return `${row.data.slice(0, -1)},"legacy_bundle_id":${legacyBundleId},"promotions":${texts.promotions},"add_ons":${texts.add_ons},"devices":${texts.devices}}`;
      },
      stored: () => JSON.parse(row.data) as Subscription,
      count: (field) => {
        const child = children.find((candidate) => candidate.field === field);
        return child ? (JSON.parse(lists[child.embedding.field]) as unknown[]).length : 0;
      },
    };
  });
}

/**
 * Up to `limit` lines' GET answers as JSON text, after `after` on (creation_date, id), each written whole by the
 * database in one statement, as a GET writes it (an NDJSON export's chunk).
 */
export function readLineAnswersAfter(c: Conn, context: RequestContext, conditions: Condition[], after: ListKey | undefined, limit: number): Promise<Array<PresentedRow & { key: ListKey }>> {
  return presentedRowsAfter(c, presentationOf(context), context.org, conditions, after, limit, 'answer');
}

/**
 * A condition on a typed identifier, answered from the identifier index: the lines that hold it, or (a search
 * `as_of`) held it then. The subquery names the request's org (not the outer row's), so PostgreSQL reads it once
 * instead of probing it for every line of the org.
 */
export function identifierCondition(org: string, name: string, value: string): Condition {
  return (eb, rows) => eb('id', 'in', sql<string>`(select i.subscription_id from ${rows('subscription_identifiers', 'i', sql`i.org = ${org} and i.name = ${name} and i.value = ${value}`)})`);
}

/**
 * The start of an MSISDN (`msisdn_prefix`): at least 6 digits, in E.164 or national form as the `msisdn` filter
 * reads a number (`611223`, `34611223`, `+34611223` and `0034611223` are the same prefix).
 */
export function msisdnPrefixOrThrow(raw: string, parameter: string): string {
  const compact = raw.replace(/[\s\-.()]/g, '');
  const international = /^\+\d+$/.test(compact) ? compact.slice(1) : /^00\d+$/.test(compact) ? compact.slice(2) : /^34\d*$/.test(compact) ? compact : /^[6-9]\d*$/.test(compact) ? `34${compact}` : undefined;
  const typedDigits = compact.replace(/\D/g, '').replace(/^00/, '').length;
  if (international === undefined || typedDigits < 6 || international.length > 15) {
    throw badRequest(`query parameter ${parameter} must be the first 6 to 15 digits of an MSISDN (E.164, or a Spanish number without +), got ${raw}`);
  }
  return `+${international}`;
}

/** The first string after every string that starts with `prefix`, for a prefix of digits: `+34611229` → `+3461123`. */
function digitPrefixSuccessor(prefix: string): string | undefined {
  const kept = prefix.replace(/9+$/, '');
  const last = kept.at(-1);
  if (last === undefined || !/\d/.test(last)) return undefined;
  return kept.slice(0, -1) + String(Number(last) + 1);
}

/**
 * A condition on the start of a typed identifier of the org's lines: a range on the identifier index (org, name,
 * value), which every database answers from the index (`LIKE 'x%'` would not, on PostgreSQL under a non-C
 * collation). The upper bound is built from digits only, so it sorts the same under any collation.
 */
export function identifierPrefixCondition(org: string, name: string, prefix: string): Condition {
  const upper = digitPrefixSuccessor(prefix);
  return (eb, rows) => {
    const range = upper === undefined ? sql`i.value >= ${prefix}` : sql`i.value >= ${prefix} and i.value < ${upper}`;
    return eb('id', 'in', sql<string>`(select i.subscription_id from ${rows('subscription_identifiers', 'i', sql`i.org = ${org} and i.name = ${name} and ${range}`)})`);
  };
}

async function runCascade(
  hook: 'onActivated' | 'onCancelled' | 'onDeactivated',
  c: Conn,
  context: RequestContext,
  subscription: Subscription,
  cascade: CascadeContext,
): Promise<void> {
  for (const registered of context.composition.subscriptionCascades) await registered[hook]?.(c, context, subscription, cascade);
}

const WITH_ACTIVATION = 'only together with the PRE_ACTIVE → ACTIVE transition';

/** The paths a subscription's PATCH may change, whatever its type. */
export const SUBSCRIPTION_PATCH_PATHS: PatchablePath<Subscription>[] = [
  { path: '/status' },
  {
    path: '/activation_date',
    when: WITH_ACTIVATION,
    allowed: (before, after) => (before.status === 'PRE_ACTIVE' && after.status === 'ACTIVE' ? undefined : WITH_ACTIVATION),
  },
  { path: '/mandatory' },
  { path: '/catalogue_commercial_product_id' },
  { path: '/pre_scoring_id' },
  { path: '/legacy_id' },
  { path: '/specific_data' },
  { path: '/specific_data/**' },
];

function subscriptionPatch(spec: SubscriptionTypeSpec): PatchSpec<Subscription> {
  return {
    table: subscriptionsTable,
    schema: storedSchema(spec),
    lifecycle: subscriptionLifecycle as PatchSpec<Subscription>['lifecycle'],
    targetKind: 'SUBSCRIPTION',
    paths: SUBSCRIPTION_PATCH_PATHS,
    async finalize(c, context, patched) {
      const after = patched.resource;
      after.specific_data = await checkTypeData(c, context, after);
      return after;
    },
    async onStatusChange(c, context, { before, after, reason, date }) {
      const cascade: CascadeContext = { reason: reason ?? 'STATUS_CHANGED', date, operationId: null };
      if (before.status === 'PRE_ACTIVE' && after.status === 'ACTIVE') {
        if (after.activation_date && new Date(after.activation_date) > now()) throw badRequest('activation_date must not be in the future');
        await assertIdentifiersFree(c, context.org, after);
        await runCascade('onActivated', c, context, after, { ...cascade, reason: 'SUBSCRIPTION_ACTIVATED' });
      }
      if (after.status === 'CANCELLED') await runCascade('onCancelled', c, context, after, { ...cascade, reason: 'SUBSCRIPTION_DEACTIVATION' });
    },
    async afterSave(c, context, _patched, saved) {
      if (LIVE_STATUSES.includes(saved.status)) await assertIdentifiersFree(c, context.org, saved);
      await writeIdentifiers(c, context.org, saved);
      if (saved.type === 'MOBILE') await followMainNumber(c, context.org, saved);
    },
  };
}

/** MULTISIM lines carry their main line's MSISDN: keep it current when the main line's number changes. */
async function followMainNumber(c: Conn, org: string, main: Subscription): Promise<void> {
  const sims = await c.db
    .selectFrom('subscription_identifiers')
    .select('subscription_id')
    .where('org', '=', org)
    .where('name', '=', 'main')
    .where('value', '=', main.id)
    .execute();
  for (const { subscription_id } of sims) {
    const sim = await requireSubscription(c, org, subscription_id as string, { lock: true });
    if (sim.resource.specific_data.msisdn === main.specific_data.msisdn) continue;
    sim.resource.specific_data = { ...sim.resource.specific_data, msisdn: main.specific_data.msisdn };
    await updateResource(c, subscriptionsTable, org, sim.resource, sim.version);
    await writeIdentifiers(c, org, sim.resource);
  }
}

export async function patchSubscription(c: Conn, context: RequestContext, id: string, operations: Operation[], type?: SubscriptionType) {
  const stored = await requireSubscription(c, context.org, id, { lock: true, type });
  const saved = await patchResource(c, context, subscriptionPatch(typeSpec(stored.resource.type)), stored, operations);
  return representOne(c, context, saved);
}

export interface DeactivationBody {
  reason: string;
  deactivation_date?: string;
  commitments?: string[];
}

async function activeCommitmentIds(c: Conn, context: RequestContext, subscription: Subscription): Promise<string[]> {
  const lists = await Promise.all(context.composition.subscriptionCascades.map((cascade) => cascade.activeCommitmentIds?.(c, context.org, subscription) ?? Promise.resolve([])));
  return lists.flat();
}

/** POST …/deactivation: checked now (400/409), applied by the operation at the deactivation date. */
export async function requestDeactivation(c: Conn, context: RequestContext, id: string, body: DeactivationBody): Promise<StoredOperation> {
  const { at } = await checkDeactivation(c, context, id, body);
  return enqueueOperation(c, context.org, {
    type: 'SUBSCRIPTION_DEACTIVATION',
    target: { kind: 'SUBSCRIPTION', id, subscription_id: id, href: subscriptionPaths.item.path({ org: context.org, subscriptionId: id }) },
    reason: body.reason,
    identity: context.identity,
    payload: { deactivation_date: at.toISOString() },
    runAt: at.toISOString(),
  });
}

/** The rules of a deactivation request (404, 412, 400, 409): the locked line and when it ends. */
export async function checkDeactivation(c: Conn, context: RequestContext, id: string, body: DeactivationBody): Promise<{ stored: Stored<Subscription>; at: Date }> {
  const stored = await requireSubscription(c, context.org, id, { lock: true });
  assertIfMatch(context, stored.version);
  const subscription = stored.resource;
  if (!LIVE_STATUSES.includes(subscription.status)) {
    throw new AppError('SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_DEACTIVATION', `subscription ${id} is ${subscription.status}; only an ACTIVE or SUSPENDED line can be deactivated`);
  }
  await assertNoOperationInProgress(c, context.org, 'SUBSCRIPTION', id);
  const at = body.deactivation_date ? new Date(body.deactivation_date) : now();
  if (subscription.activation_date && at < new Date(subscription.activation_date)) {
    throw badRequest(`deactivation_date must not be before the activation_date ${subscription.activation_date}`);
  }
  if (at >= addYears(now(), 1)) throw badRequest('deactivation_date must be less than a year ahead');
  if (body.commitments) {
    const expected = new Set(await activeCommitmentIds(c, context, subscription));
    const given = new Set(body.commitments.map((commitment) => commitment.toLowerCase()));
    const same = expected.size === given.size && [...given].every((commitment) => expected.has(commitment));
    if (!same) {
      throw new AppError(
        'SUBSCRIPTION_DEACTIVATION_COMMITMENTS_DO_NOT_MATCH',
        `commitments must be exactly the line's ACTIVE commitments: [${[...expected].join(', ')}]`,
      );
    }
  }
  return { stored, at };
}

/** Ends a live line and everything it carries, in the caller's transaction (the operation, a main line's cascade, a batch line). */
export async function deactivate(c: Conn, context: RequestContext, stored: Stored<Subscription>, cascade: CascadeContext): Promise<void> {
  const before = stored.resource;
  const after = await applyTransition(c, context, subscriptionLifecycle, before, 'DEACTIVATED', {
    trigger: 'operation',
    reason: cascade.reason,
    effectiveDate: cascade.date,
    operationId: cascade.operationId,
  });
  await updateResource(c, subscriptionsTable, context.org, after, stored.version);
  await runCascade('onDeactivated', c, context, after, { ...cascade, reason: 'SUBSCRIPTION_DEACTIVATION' });
  if (before.type === 'MOBILE') await endMultisimLines(c, context, before.id, cascade);
}

async function endMultisimLines(c: Conn, context: RequestContext, mainId: string, cascade: CascadeContext): Promise<void> {
  const sims = await c.db
    .selectFrom('subscription_identifiers')
    .select('subscription_id')
    .where('org', '=', context.org)
    .where('name', '=', 'main')
    .where('value', '=', mainId)
    .execute();
  for (const { subscription_id } of sims) {
    const sim = await requireSubscription(c, context.org, subscription_id as string, { lock: true });
    const status: SubscriptionStatus = sim.resource.status;
    if (LIVE_STATUSES.includes(status)) await deactivate(c, context, sim, cascade);
    if (status === 'PRE_ACTIVE') await cancelLine(c, context, sim, cascade);
  }
}

async function cancelLine(c: Conn, context: RequestContext, stored: Stored<Subscription>, cascade: CascadeContext): Promise<void> {
  const after = await applyTransition(c, context, subscriptionLifecycle, stored.resource, 'CANCELLED', {
    trigger: 'cascade',
    reason: 'SUBSCRIPTION_DEACTIVATION',
    operationId: cascade.operationId,
  });
  await updateResource(c, subscriptionsTable, context.org, after, stored.version);
  await runCascade('onCancelled', c, context, after, { ...cascade, reason: 'SUBSCRIPTION_DEACTIVATION' });
}

const deactivateByOperation: OperationHandler = async (c, context, operation) => {
  const stored = await requireSubscription(c, context.org, operation.target.id, { lock: true });
  if (!LIVE_STATUSES.includes(stored.resource.status)) {
    throw new AppError('SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_DEACTIVATION', `subscription is ${stored.resource.status} now`);
  }
  await deactivate(c, context, stored, {
    reason: operation.reason ?? 'OTHER',
    date: String(operation.payload.deactivation_date ?? nowIso()),
    operationId: operation.id,
  });
};

/** The work behind POST …/deactivation, for the operations worker. */
export const subscriptionOperationHandlers: OperationHandlers = { SUBSCRIPTION_DEACTIVATION: deactivateByOperation };
