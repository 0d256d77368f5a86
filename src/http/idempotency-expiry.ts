import type { FastifyBaseLogger } from 'fastify';
import { PollingLoop } from '../core/polling-loop.js';
import { nowIso } from '../core/time.js';
import type { Database } from '../db/database.js';

/** Keys deleted per statement: a short write, so that requests and the workers never wait long behind it. */
const KEYS_PER_STEP = 500;

/**
 * Deletes the Idempotency-Keys whose 24 hours are over (API.md 1.8), so that the table holds about a day of keys
 * whatever the traffic. It goes org by org (each org found by one seek of the primary key, its expired keys by the
 * `(org, expires_at)` index), a bounded batch per statement; `afterOrg` is where the pass has reached. Several
 * nodes may sweep at once: each delete only removes keys that are already free.
 */
export class ExpiredKeySweep {
  private afterOrg = '';

  constructor(private readonly database: Database) {}

  /** One batch of one org; false when a pass over every org has ended. */
  async step(): Promise<boolean> {
    const { db } = this.database;
    const next = await db.selectFrom('idempotency_keys').select('org').where('org', '>', this.afterOrg).orderBy('org').limit(1).executeTakeFirst();
    if (!next) {
      this.afterOrg = '';
      return false;
    }
    const { org } = next;
    const expired = db.selectFrom('idempotency_keys').select('key').where('org', '=', org).where('expires_at', '<=', nowIso()).limit(KEYS_PER_STEP);
    const result = await db.deleteFrom('idempotency_keys').where('org', '=', org).where('key', 'in', expired).executeTakeFirst();
    if (Number(result.numDeletedRows) < KEYS_PER_STEP) this.afterOrg = org;
    return true;
  }

  /** The sweep as a background loop: a pass every `pollMs` (a minute by default). */
  loop(log: FastifyBaseLogger, pollMs = 60_000): PollingLoop {
    return new PollingLoop('idempotency key expiry', log, () => this.step(), { pollMs });
  }
}
