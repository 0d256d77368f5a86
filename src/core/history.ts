import { Type, type Static } from '@sinclair/typebox';
import type { Identity } from './context.js';
import { Nullable } from './schemas.js';
import { compiledOnce } from '../db/compiled.js';
import type { Conn } from './store.js';
import { toApiDate } from './time.js';

export const StatusChange = Type.Object(
  {
    from: Nullable(Type.String()),
    to: Type.String(),
    reason: Nullable(Type.String()),
    date: Type.String({ format: 'date-time' }),
    system: Type.String(),
    user: Type.String(),
    operation_id: Nullable(Type.String({ format: 'uuid' })),
  },
  { title: 'StatusChange' },
);
export type StatusChange = Static<typeof StatusChange>;

export interface StatusChangeInput {
  from: string | null;
  to: string;
  reason: string | null;
  date: string;
  identity: Identity;
  operationId?: string | null;
}

/**
 * Appends a transition to a resource's status history (the caller holds the resource's lock). A change from no
 * status is the resource's creation: its first entry, with nothing to read before it.
 */
export async function recordStatusChange(c: Conn, org: string, kind: string, id: string, change: StatusChangeInput): Promise<void> {
  const last =
    change.from === null
      ? undefined
      : (
          await c.db.executeQuery<{ seq: number | null }>(
            compiledOnce(`${c.dialect} last status_history`, [org, kind, id], () =>
              c.db
                .selectFrom('status_history')
                .select((eb) => eb.fn.max('seq').as('seq'))
                .where('org', '=', org)
                .where('resource_kind', '=', kind)
                .where('resource_id', '=', id)
                .compile(),
            ),
          )
        ).rows[0];
  const entry: StatusChange = {
    from: change.from,
    to: change.to,
    reason: change.reason,
    date: toApiDate(change.date),
    system: change.identity.system,
    user: change.identity.user,
    operation_id: change.operationId ?? null,
  };
  const row = { org, resource_kind: kind, resource_id: id, seq: Number(last?.seq ?? 0) + 1, data: JSON.stringify(entry) };
  const insert = compiledOnce(`${c.dialect} insert status_history`, Object.values(row), () => c.db.insertInto('status_history').values(row).compile());
  await c.db.executeQuery(insert);
}

export async function statusHistory(c: Conn, org: string, kind: string, id: string): Promise<StatusChange[]> {
  const rows = await c.db
    .selectFrom('status_history')
    .select('data')
    .where('org', '=', org)
    .where('resource_kind', '=', kind)
    .where('resource_id', '=', id)
    .orderBy('seq')
    .execute();
  return rows.map((row) => JSON.parse(row.data as string) as StatusChange);
}
