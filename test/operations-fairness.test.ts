import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idOf, seedLine, subscriptionStatusOf, subscriptionTypeOf } from '../bench/dataset.js';
import { resourceRow } from '../src/core/store.js';
import { subscriptionsTable } from '../src/resources/subscriptions/service.js';
import { forEachDialect, type TestApp } from './helpers/app.js';
import { HEADER, csv, line, operationsPath, runBatch } from './helpers/batches.js';
import { activeLine, uniqueOrg } from './helpers/fixtures.js';
import { addPromotion, promotionPath } from './helpers/promotions.js';

// The most a file may hold (API.md 12.1): on a quiet machine a 20,000-line batch ended before the fifth probe did.
const BATCH_LINES = 100_000;
const SEEDED_LINES = 2_000;
const PROBES = 5;
const TOTAL = 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT';

/** Writes the org's lines straight in the store's row format (the bulk seed's lines): the ACTIVE mobile ones' ids. */
async function seedActiveMobiles(t: TestApp, org: string, count: number): Promise<string[]> {
  const rows = Array.from({ length: count }, (_, index) => resourceRow(subscriptionsTable as never, org, seedLine(org, index, Date.now()).subscription as never, null));
  for (let start = 0; start < rows.length; start += 200) await t.database.db.insertInto('subscriptions').values(rows.slice(start, start + 200) as never).execute();
  return rows.flatMap((_, index) => (subscriptionStatusOf(index) === 'ACTIVE' && subscriptionTypeOf(index) === 'MOBILE' ? [idOf('subscription', index)] : []));
}

async function operation(t: TestApp, org: string, id: string) {
  const { status, body } = await t.request('GET', `${operationsPath(org)}/${id}`);
  assert.equal(status, 200, JSON.stringify(body));
  return body;
}

forEachDialect('operations: fairness across orgs', (t) => {
  test("one org's single operation finishes within 1 s while another org's 100,000-line batch runs, and the batch keeps going", async () => {
    const [orgA, orgB] = [uniqueOrg(), uniqueOrg()];
    const lines = await seedActiveMobiles(t, orgA, SEEDED_LINES);
    const { subscription } = await activeLine(t, orgB);
    const promotions = [];
    for (let index = 0; index < PROBES; index++) promotions.push(await addPromotion(t, orgB, subscription.id, { status: 'ACTIVE' }));

    const rows = Array.from({ length: BATCH_LINES }, (_, index) => line('SET_CREDIT_LIMIT', lines[index % lines.length], { resource_id: TOTAL, reason: 'fairness', value: String((index % 500) + 1) }));
    const batch = await runBatch(t, orgA, csv(HEADER, rows), { wait: 0 });
    let before = await operation(t, orgA, batch.id);
    for (let polls = 0; before.progress.processed === 0; polls++) {
      assert.ok(polls < 1000, 'the batch never started');
      await new Promise((resolve) => setTimeout(resolve, 10));
      before = await operation(t, orgA, batch.id);
    }

    for (const promotion of promotions) {
      const started = Date.now();
      const accepted = await t.request('POST', `${promotionPath(orgB, subscription.id, promotion.id)}/deactivation`, { reason: 'MANUALLY_REMOVED' });
      assert.equal(accepted.status, 202, JSON.stringify(accepted.body));
      let done = accepted.body;
      while (done.status === 'PENDING' || done.status === 'RUNNING') {
        assert.ok(Date.now() - started < 1000, `org B's operation is still ${done.status} after ${Date.now() - started} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10));
        done = await operation(t, orgB, accepted.body.id);
      }
      assert.equal(done.status, 'SUCCEEDED', JSON.stringify(done.error));
      const running = await operation(t, orgA, batch.id);
      assert.equal(running.status, 'RUNNING', `the batch ended (${JSON.stringify(running.progress)}) before org B's operation did: nothing was shown`);
    }
    // Progress is saved every slice or so: give it a moment to show the batch went on.
    let after = await operation(t, orgA, batch.id);
    for (let polls = 0; after.progress.processed === before.progress.processed; polls++) {
      assert.ok(polls < 500, `the batch made no progress after org B's operations (${after.progress.processed})`);
      await new Promise((resolve) => setTimeout(resolve, 10));
      after = await operation(t, orgA, batch.id);
    }
  });
});
