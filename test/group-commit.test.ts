import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDialect, type Answer, type TestApp } from './helpers/app.js';
import { activeLine, uniqueOrg } from './helpers/fixtures.js';
import { promotionBody, promotionPath, promotionsPath } from './helpers/promotions.js';

/**
 * On SQLite the transactions of concurrent requests share one commit (Database.transaction), each in its own
 * savepoint; on PostgreSQL each has its own. Either way a request that fails inside its transaction must take
 * back only its own writes and events, and every other request of the same moment must answer and persist as
 * if it had run alone.
 */

async function eventsOf(t: TestApp, org: string): Promise<Array<{ sequence: number; event_type: string; resource: { id: string } }>> {
  const answer = await t.request('GET', `/v2/orgs/${org}/events?limit=1000`);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body.items;
}

/** Every create answered 201 is stored with its events; every refused one left no promotion and no event. */
async function assertOnlySuccessesPersisted(t: TestApp, org: string, subscriptionId: string, bodies: Array<Record<string, unknown>>, answers: Answer[]) {
  const created = new Set<string>();
  for (const [index, answer] of answers.entries()) {
    if (answer.status !== 201) continue;
    created.add(answer.body.id);
    const stored = await t.request('GET', promotionPath(org, subscriptionId, answer.body.id));
    assert.equal(stored.status, 200, `promotion ${index} answered 201 but is not stored`);
    assert.equal(stored.body.catalogue_promotion_id, bodies[index].catalogue_promotion_id);
  }
  const list = await t.request('GET', `${promotionsPath(org, subscriptionId)}?limit=500`);
  assert.deepEqual(new Set(list.body.items.map((promotion: { id: string }) => promotion.id)), created);
  const events = await eventsOf(t, org);
  const promotionEvents = events.filter((event) => event.event_type === 'PromotionCreateEvent').map((event) => event.resource.id);
  assert.deepEqual(new Set(promotionEvents), created);
  assert.equal(promotionEvents.length, created.size, 'one create event per stored promotion');
  // A refused create's sequence number was taken back with its savepoint: the org's log has no gap.
  assert.deepEqual(
    events.map((event) => event.sequence),
    events.map((_, index) => index + 1),
  );
}

forEachDialect('concurrent writes sharing a commit', (t) => {
  const org = uniqueOrg();

  test('concurrent POST /promotions where some break a rule after their insert: the others are created, the broken ones leave nothing', async () => {
    const { subscription } = await activeLine(t, org);
    // EXPIRED is refused by a state rule that runs after the promotion row is inserted.
    const bodies = Array.from({ length: 40 }, (_, index) => promotionBody({ catalogue_promotion_id: `PROMO_${index}`, ...(index % 7 === 3 ? { status: 'EXPIRED' } : {}) }));
    const answers = await Promise.all(bodies.map((body) => t.request('POST', promotionsPath(org, subscription.id), body)));
    answers.forEach((answer, index) => {
      if (bodies[index].status === 'EXPIRED') assert.equal(answer.body.error?.code, 'INVALID_PROMOTION_STATUS', `promotion ${index}: ${JSON.stringify(answer.body)}`);
      else assert.equal(answer.status, 201, `promotion ${index}: ${JSON.stringify(answer.body)}`);
    });
    await assertOnlySuccessesPersisted(t, org, subscription.id, bodies, answers);
  });

  test('concurrent POST /promotions with one id sent twice with different bodies: one 201 and one 409, every other create stands', async () => {
    const { subscription } = await activeLine(t, org);
    const bodies = Array.from({ length: 20 }, (_, index) => promotionBody({ catalogue_promotion_id: `PROMO_${index}` }));
    bodies[12] = { ...bodies[12], id: bodies[5].id, catalogue_promotion_id: 'PROMO_OTHER' };
    const answers = await Promise.all(bodies.map((body) => t.request('POST', promotionsPath(org, subscription.id), body)));
    const duplicated = [answers[5].status, answers[12].status].sort();
    assert.deepEqual(duplicated, [201, 409]);
    answers.forEach((answer, index) => {
      if (index !== 5 && index !== 12) assert.equal(answer.status, 201, `promotion ${index}: ${JSON.stringify(answer.body)}`);
    });
    const winner = answers[5].status === 201 ? 5 : 12;
    const stored = await t.request('GET', promotionPath(org, subscription.id, bodies[5].id as string));
    assert.equal(stored.body.catalogue_promotion_id, bodies[winner].catalogue_promotion_id);
    // The line's earlier promotions (previous test) are on another line: this one holds exactly the 19 created.
    const list = await t.request('GET', `${promotionsPath(org, subscription.id)}?limit=500`);
    assert.equal(list.body.total, 19);
  });

  test('concurrent PATCHes of one line where some are refused: the accepted ones all apply, in some order, with one version step each', async () => {
    const { subscription } = await activeLine(t, org);
    const path = `/v2/orgs/${org}/subscriptions/${subscription.id}`;
    const before = await t.request('GET', path);
    const patches = Array.from({ length: 16 }, (_, index) =>
      index % 5 === 2 ? [{ op: 'replace', path: '/status', value: 'NOT_A_STATUS' }] : [{ op: 'replace', path: '/legacy_id', value: 1000 + index }],
    );
    const answers = await Promise.all(patches.map((patch) => t.request('PATCH', path, patch, { 'content-type': 'application/json-patch+json' })));
    const accepted = answers.filter((answer) => answer.status === 200).length;
    assert.equal(accepted, patches.filter((patch) => patch[0].path === '/legacy_id').length, JSON.stringify(answers.map((answer) => answer.status)));
    for (const answer of answers) if (answer.status !== 200) assert.equal(answer.status, 400);
    const after = await t.request('GET', path);
    assert.equal(Number(JSON.parse(after.headers.etag as string)), Number(JSON.parse(before.headers.etag as string)) + accepted);
  });
});
