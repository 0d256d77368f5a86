import { sql } from 'kysely';
import type { Migration } from './helpers.js';

/** Existing limits are moved this many at a time (keyset order), so a large table never sits in memory whole. */
const CHUNK = 500;

/**
 * A credit limit's changes, one row per change, appended in the change's transaction and never updated: `seq` is the
 * limit's version after the change (1 = its first value). The limit's row keeps only its current value, so a change
 * costs the same whatever the history; GET and its events read `historical_changes` from here (seq below the
 * version, newest first). Existing limits have their embedded history moved here: the current value is the row's
 * version, each earlier one the version before it.
 */
export const creditLimitChanges: Migration = {
  async up({ db, types }) {
    await db.schema
      .createTable('credit_limit_changes')
      .addColumn('org', 'text', (c) => c.notNull())
      // The credit_limits row's id (`<subscriptionId>:<kind>`).
      .addColumn('credit_limit_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('data', types.json, (c) => c.notNull())
      .addPrimaryKeyConstraint('credit_limit_changes_pk', ['org', 'credit_limit_id', 'seq'])
      .execute();

    type Change = { credit_limit_value: number; reason: string; effective_date: string; update_system: string; update_user: string };
    let after: { org: string; id: string } | undefined;
    for (;;) {
      let query = db.selectFrom('credit_limits').select(['org', 'id', 'version', 'data']).orderBy('org').orderBy('id').limit(CHUNK);
      if (after) query = query.where(sql<boolean>`(org, id) > (${after.org}, ${after.id})`);
      const rows = await query.execute();
      if (rows.length === 0) return;
      const changes: Array<{ org: string; credit_limit_id: string; seq: number; data: string }> = [];
      for (const row of rows) {
        const { historical_changes: history = [], ...current } = JSON.parse(row.data) as Change & { historical_changes?: Change[] };
        const version = Number(row.version);
        const { credit_limit_value, reason, effective_date, update_system, update_user } = current;
        changes.push({ org: row.org, credit_limit_id: row.id, seq: version, data: JSON.stringify({ credit_limit_value, reason, effective_date, update_system, update_user }) });
        history.forEach((change, index) => changes.push({ org: row.org, credit_limit_id: row.id, seq: version - 1 - index, data: JSON.stringify(change) }));
        await db.updateTable('credit_limits').set({ data: JSON.stringify(current) }).where('org', '=', row.org).where('id', '=', row.id).execute();
      }
      for (let start = 0; start < changes.length; start += CHUNK) await db.insertInto('credit_limit_changes').values(changes.slice(start, start + CHUNK)).execute();
      after = rows[rows.length - 1];
    }
  },
};
