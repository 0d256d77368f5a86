import { sql, type RawBuilder } from 'kysely';
import { compiledOnce } from '../db/compiled.js';
import { hasPast, isVersioned, pastRowsOf, pastStatesOf } from '../db/history.js';
import type { Database } from '../db/database.js';
import type { ResourceTableName, Tables } from '../db/tables.js';
import { AppError } from './errors.js';
import { rowsToRead, type Conn, type Page } from './store.js';
import type { Composition, Identity } from './context.js';
import { readEvents } from './events.js';
import { now, toApiDate } from './time.js';

/**
 * Versions and point-in-time reads (API.md 17.1), system-versioned: a versioned resource table's row carries the
 * instant its state began (`valid_from`, set by every write: `startsAt`), and a trigger copies the row each update
 * replaces into `<table>_history` with the instant that state ended (`valid_to`, the new state's `valid_from`), without
 * its `data` when only the version moved (`<table>_past` answers it whole: migrations/0018_history_keys.ts). The
 * state of a table at T is then its live rows with `valid_from <= T` plus its past states with
 * `valid_from <= T < valid_to`: a read as of T is the same statement as the plain read with each table replaced
 * by that union, each arm narrowed by the same conditions, so it seeks the same indexes.
 */

/**
 * Where a read's rows come from: `<table> as <alias> where <condition>` in a plain read, the same rows at an
 * instant in a read `as_of` it.
 */
export type RowSource = (table: keyof Tables, alias: string, condition: RawBuilder<unknown>, options?: { appendedBy?: string }) => RawBuilder<unknown>;

export const liveRows: RowSource = (table, alias, condition) => sql`${sql.table(table)} as ${sql.id(alias)} where ${condition}`;

/**
 * The rows of a table as they were at `at` (stored form). A table whose rows are never changed once written (an
 * append-only child, `appendedBy` its creation column) needs no history: its state at T is the rows written by T.
 * A table that keeps no past is read as it is.
 */
export function rowsAt(at: string): RowSource {
  return (table, alias, condition, options) => {
    const column = (name: string) => sql.ref(`${alias}.${name}`);
    if (options?.appendedBy) return sql`${sql.table(table)} as ${sql.id(alias)} where ${condition} and ${column(options.appendedBy)} <= ${at}`;
    if (!hasPast(table)) return liveRows(table, alias, condition);
    return sql`(select ${sql.id(alias)}.*, null as valid_to from ${sql.table(table)} as ${sql.id(alias)} where ${condition} and ${column('valid_from')} <= ${at}
      union all select ${sql.id(alias)}.* from ${sql.table(pastRowsOf(table))} as ${sql.id(alias)} where ${condition} and ${column('valid_from')} <= ${at} and ${column('valid_to')} > ${at}) as ${sql.id(alias)}`;
  };
}

/** A whole table at `at`, as a derived table to select from under the table's own name. */
export function tableAt(table: ResourceTableName, at: string): RawBuilder<unknown> {
  if (!isVersioned(table)) return sql`${sql.table(table)}`;
  return sql`(select ${sql.table(table)}.*, null as valid_to from ${sql.table(table)} where valid_from <= ${at}
    union all select * from ${sql.table(pastStatesOf(table))} where valid_from <= ${at} and valid_to > ${at})`;
}

/**
 * The `valid_from` an update sets: its instant, or the replaced state's start when a transaction that began earlier
 * writes after a later one (a state never ends before it began).
 */
export const startsAt = (at: string): RawBuilder<string> => sql<string>`case when valid_from > ${at} then valid_from else ${at} end`;

const horizons = new WeakMap<Database, Map<string, Promise<string>>>();

/**
 * The earliest instant whose state the service keeps for an org: its own row of `history_horizon`, else the row of
 * every org (`''`), when history began (migration 0016).
 */
export function historyHorizon(database: Database, org: string): Promise<string> {
  let byOrg = horizons.get(database);
  if (!byOrg) horizons.set(database, (byOrg = new Map()));
  let horizon = byOrg.get(org);
  if (!horizon) {
    horizon = database.db
      .selectFrom('history_horizon')
      .select('since')
      .where('org', 'in', [org, ''])
      .orderBy('org', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow()
      .then((row) => new Date(row.since).toISOString());
    horizon.catch(() => byOrg.delete(org));
    byOrg.set(org, horizon);
  }
  return horizon;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * An `as_of` value in stored form: a date-time with a zone (API.md 1.2), not in the future, not before the earliest
 * kept state; else 400 INVALID_AS_OF.
 */
export async function asOfInstant(database: Database, org: string, value: string): Promise<string> {
  if (!ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    const spaced = /^\d{4}-\d{2}-\d{2}T[\d:.]+ \d{2}:?\d{2}$/.test(value) ? ' (a space where the zone sign should be: percent-encode "+" as %2B)' : '';
    throw new AppError('INVALID_AS_OF', `as_of must be an ISO 8601 date-time with a time zone, got ${value}${spaced}`);
  }
  const at = new Date(value);
  if (at > now()) throw new AppError('INVALID_AS_OF', `as_of ${value} is in the future: the service keeps past states only`);
  const horizon = await historyHorizon(database, org);
  if (at.toISOString() < horizon) {
    throw new AppError('INVALID_AS_OF', `as_of ${value} is before ${toApiDate(horizon)}, the earliest state the service keeps`);
  }
  return at.toISOString();
}

/** One change of a resource (API.md 17.1 `/versions`): its own event, as the resource's history. */
export interface ResourceVersion {
  version: number;
  date: string;
  event_type: string;
  identity: Identity;
  operation_id: string | null;
  resource: unknown;
}

type VersionRow = { sequence: number | string; data: string; operation_id: string | null };

/**
 * A page of a resource's versions, oldest first: its own events (`events_org_resource_kind_resource_id_sequence_idx`,
 * `id` its row id), by offset with the total, or (keyset, `page.after` a sequence) after a version, counting nothing.
 * Each event is read as every reader reads it (`readEvents`): a kind that completes its events when they are read
 * (a credit limit's history) shows what GET answered then.
 */
export async function listVersions(c: Conn, composition: Composition, org: string, kind: string, id: string, page: Page): Promise<{ items: ResourceVersion[]; total: number; sequences: WeakMap<object, number> }> {
  const base = () => c.db.selectFrom('events').where('org', '=', org).where('resource_kind', '=', kind).where('resource_id', '=', id);
  let rows: VersionRow[];
  let total = Number.NaN;
  if (page.after) {
    const after = Number(page.after[0]);
    const query = compiledOnce(`${c.dialect} versions keyset`, [org, kind, id, after, rowsToRead(page)], () =>
      base().select(['sequence', 'data', 'operation_id']).where('sequence', '>', after).orderBy('sequence').limit(rowsToRead(page)).compile(),
    );
    rows = (await c.db.executeQuery<VersionRow>(query)).rows;
  } else {
    const query = compiledOnce(`${c.dialect} versions page`, [org, kind, id, page.limit, page.offset], () =>
      base().select(['sequence', 'data', 'operation_id']).orderBy('sequence').limit(page.limit).offset(page.offset).compile(),
    );
    const count = compiledOnce(`${c.dialect} versions count`, [org, kind, id], () => base().select((eb) => eb.fn.countAll().as('total')).compile());
    const [found, counted] = await Promise.all([c.db.executeQuery<VersionRow>(query), c.db.executeQuery<{ total: number | string }>(count)]);
    rows = found.rows;
    total = Number(counted.rows[0].total);
  }
  const sequences = new WeakMap<object, number>();
  const events = await readEvents(c, composition, rows.map((row) => row.data));
  const items = rows.map((row, index) => {
    const { event } = events[index];
    const item: ResourceVersion = {
      version: event.resource_version,
      date: event.event_time,
      event_type: event.event_type,
      identity: event.identity,
      operation_id: row.operation_id,
      resource: event.payload,
    };
    sequences.set(item, Number(row.sequence));
    return item;
  });
  return { items, total, sequences };
}
