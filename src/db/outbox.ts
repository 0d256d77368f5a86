import { sql } from 'kysely';
import { compiledOnce } from './compiled.js';
import type { Dialect, Tx } from './database.js';

/** One event to append to an org's outbox: its stored document is `opening` followed by its sequence and `}`. */
export interface AppendedEvent {
  event_type: string;
  resource_kind: string;
  resource_id: string;
  event_time: string;
  /** The event's JSON document up to its sequence number: `{…,"sequence":`. */
  opening: string;
  /** The operation whose work made the change, kept beside the event (a resource's versions name it). */
  operation_id: string | null;
}

/**
 * Appends events to the org's outbox under the next sequence numbers, taken from the org's counter row, whose lock
 * (held until commit) makes the per-org order the commit order. PostgreSQL does both in one statement (one round
 * trip, the same text for any number of events); SQLite allows no RETURNING inside a statement, so it takes the
 * numbers first.
 */
export async function appendEvents(db: Tx, dialect: Dialect, org: string, events: AppendedEvent[]): Promise<void> {
  const count = events.length;
  if (dialect === 'postgres') {
    const columns = [
      events.map((event) => event.event_type),
      events.map((event) => event.resource_kind),
      events.map((event) => event.resource_id),
      events.map((event) => event.event_time),
      events.map((event) => event.opening),
      events.map((event) => event.operation_id),
    ];
    const append = compiledOnce('postgres append events', [org, count, count, org, count, count, ...columns], () =>
      sql`with counter as (
            insert into event_sequences (org, last) values (${org}, ${count})
            on conflict (org) do update set last = event_sequences.last + ${count}
            returning last
          )
          insert into events (org, sequence, event_type, resource_kind, resource_id, event_time, data, operation_id)
          select ${org}, counter.last - ${count} + appended.position, appended.event_type, appended.resource_kind, appended.resource_id,
            appended.event_time, appended.opening || (counter.last - ${count} + appended.position) || '}', appended.operation_id
          from counter,
            unnest(${columns[0]}::text[], ${columns[1]}::text[], ${columns[2]}::text[], ${columns[3]}::timestamptz[], ${columns[4]}::text[], ${columns[5]}::text[])
              with ordinality as appended(event_type, resource_kind, resource_id, event_time, opening, operation_id, position)`.compile(db),
    );
    await db.executeQuery(append);
    return;
  }
  const upsert = compiledOnce('sqlite event counter', [org, count, count], () =>
    db
      .insertInto('event_sequences')
      .values({ org, last: count })
      .onConflict((conflict) => conflict.column('org').doUpdateSet({ last: sql`event_sequences.last + ${count}` }))
      .returning('last')
      .compile(),
  );
  const { rows } = await db.executeQuery<{ last: number }>(upsert);
  const first = Number(rows[0].last) - count + 1;
  const values = events.map((event, index) => ({
    org,
    sequence: first + index,
    event_type: event.event_type,
    resource_kind: event.resource_kind,
    resource_id: event.resource_id,
    event_time: event.event_time,
    data: `${event.opening}${first + index}}`,
    operation_id: event.operation_id,
  }));
  const insert = compiledOnce(`sqlite insert events ${count}`, values.flatMap(Object.values), () => db.insertInto('events').values(values).compile());
  await db.executeQuery(insert);
}
