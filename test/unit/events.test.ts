import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Composition } from '../../src/core/context.js';
import { EVENT_KINDS, EVENT_TYPES, flushEvents, isPublished, pendingEvent, showEvents, type EventView, type PendingEvent } from '../../src/core/events.js';
import { transaction, type Conn } from '../../src/core/store.js';
import { forEachDatabase } from '../helpers/database.js';

const identity = { system: 'crm', user: 'ana' };

test('the published kinds are those of API.md 13, each with a create, attribute, state and delete event', () => {
  assert.deepEqual([...EVENT_KINDS], ['Subscription', 'Bundle', 'Promotion', 'Device', 'AddOn', 'Commitment', 'Contract', 'ChangeRequest', 'CreditLimit', 'PaymentPlan']);
  assert.equal(EVENT_TYPES.length, 40);
  assert.deepEqual(EVENT_TYPES.slice(0, 4), ['SubscriptionCreateEvent', 'SubscriptionAttributeValueChangeEvent', 'SubscriptionStateChangeEvent', 'SubscriptionDeleteEvent']);
  assert.ok(EVENT_TYPES.includes('PaymentPlanDeleteEvent'));
  for (const kind of EVENT_KINDS) assert.equal(isPublished(kind), true, kind);
  assert.equal(isPublished('AsyncOperation'), false);
  assert.equal(isPublished('Hub'), false);
});

test('a queued event names its type, resource, version and who asked, with a fresh id and the time in API form', () => {
  const first = pendingEvent('acme', 'Promotion', 'StateChangeEvent', { id: 'p1' }, 'p1-published', 4, '/v2/orgs/acme/promotions/p1', identity);
  const second = pendingEvent('acme', 'Promotion', 'StateChangeEvent', { id: 'p1' }, 'p1', 4, null, identity);
  assert.equal(first.event.event_type, 'PromotionStateChangeEvent');
  assert.equal(first.event.org, 'acme');
  assert.deepEqual(first.event.resource, { kind: 'Promotion', id: 'p1-published', href: '/v2/orgs/acme/promotions/p1' });
  assert.equal(first.event.resource_version, 4);
  assert.deepEqual(first.event.identity, identity);
  assert.equal(first.event.payload, undefined);
  assert.deepEqual(first.subject, { id: 'p1' });
  assert.match(first.event.event_id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual(first.event.event_id, second.event.event_id);
  assert.ok(Math.abs(Date.parse(first.event.event_time) - Date.now()) < 5_000);
  assert.doesNotMatch(first.event.event_time, /\.000Z$/);
});

test('events show what GET answers: each resource read once per transaction, its version the one behind the answer', async () => {
  const reads: string[] = [];
  const view: EventView = async (_c, context, subject) => {
    reads.push(`${context.org} ${subject.id} ${context.identity.user}`);
    return { resource: { id: subject.id, read: reads.length }, version: 9 };
  };
  const composition = { eventViews: { Promotion: view }, eventPresenters: {} } as unknown as Composition;
  const events = [
    pendingEvent('acme', 'Promotion', 'CreateEvent', { id: 'p1' }, 'p1', 1, null, identity),
    pendingEvent('acme', 'Promotion', 'StateChangeEvent', { id: 'p1' }, 'p1', 2, null, identity),
    pendingEvent('other', 'Promotion', 'CreateEvent', { id: 'p1' }, 'p1', 1, null, identity),
  ];
  await showEvents({} as Conn, composition, events);
  assert.deepEqual(reads, ['acme p1 ana', 'other p1 ana']);
  assert.deepEqual(events.map(({ event }) => event.payload), [{ id: 'p1', read: 1 }, { id: 'p1', read: 1 }, { id: 'p1', read: 2 }]);
  assert.deepEqual(events.map(({ event }) => event.resource_version), [9, 9, 9]);
});

test("a kind with a presenter shows each change's own state, and an event already shown is left as it is", async () => {
  let state = 'first';
  const composition = { eventViews: {}, eventPresenters: { CreditLimit: (subject: { id: string }) => ({ id: subject.id, state }) } } as unknown as Composition;
  const created = pendingEvent('acme', 'CreditLimit', 'CreateEvent', { id: 'c1' }, 'VOICE', 1, null, identity);
  await showEvents({} as Conn, composition, [created]);
  state = 'second';
  const shown = pendingEvent('acme', 'CreditLimit', 'AttributeValueChangeEvent', { id: 'c1' }, 'VOICE', 2, null, identity);
  shown.event.payload = { kept: true };
  const changed = pendingEvent('acme', 'CreditLimit', 'AttributeValueChangeEvent', { id: 'c1' }, 'VOICE', 3, null, identity);
  await showEvents({} as Conn, composition, [shown, changed]);
  assert.deepEqual([created.event.payload, shown.event.payload, changed.event.payload], [{ id: 'c1', state: 'first' }, { kept: true }, { id: 'c1', state: 'second' }]);
  assert.deepEqual([created.event.resource_version, changed.event.resource_version], [1, 3]);
});

test('a published change in a transaction that cannot show it is a defect, named', async () => {
  const event = pendingEvent('acme', 'Device', 'CreateEvent', { id: 'd1' }, 'd1', 1, null, identity);
  await assert.rejects(showEvents({} as Conn, undefined, [event]), { message: 'Device d1 changed in a transaction that cannot show it: its event needs the composition\'s view' });
  await assert.rejects(showEvents({} as Conn, { eventViews: {}, eventPresenters: {} } as unknown as Composition, [event]), /Device d1 changed/);
});

forEachDatabase('event outbox', (t) => {
  const shownEvent = (org: string, id: string): PendingEvent => {
    const pending = pendingEvent(org, 'Bundle', 'CreateEvent', { id }, id, 1, `/bundles/${id}`, identity);
    pending.event.payload = { id };
    return pending;
  };

  async function stored(org: string) {
    const rows = await t.database.db.selectFrom('events').selectAll().where('org', '=', org).orderBy('sequence').execute();
    return rows.map((row) => ({ ...row, sequence: Number(row.sequence), data: JSON.parse(row.data) }));
  }

  test("each org's events are numbered 1, 2, 3… in commit order, across transactions, in the order they were queued", async () => {
    await transaction(t.database, (c) => flushEvents(c.db, c.dialect, [shownEvent('seq-a', 'a1'), shownEvent('seq-b', 'b1'), shownEvent('seq-a', 'a2')]));
    await transaction(t.database, (c) => flushEvents(c.db, c.dialect, [shownEvent('seq-a', 'a3')]));
    const a = await stored('seq-a');
    assert.deepEqual(a.map((row) => [row.sequence, row.resource_id]), [[1, 'a1'], [2, 'a2'], [3, 'a3']]);
    assert.deepEqual(a.map((row) => row.data.sequence), [1, 2, 3], 'the stored event carries its own sequence');
    assert.deepEqual((await stored('seq-b')).map((row) => [row.sequence, row.resource_id]), [[1, 'b1']]);
    const last = await t.database.db.selectFrom('event_sequences').select('last').where('org', '=', 'seq-a').executeTakeFirstOrThrow();
    assert.equal(Number(last.last), 3);
  });

  test('a stored event keeps its type, resource and time in columns, and the whole event with its sequence as data', async () => {
    const pending = shownEvent('seq-c', 'c1');
    await transaction(t.database, (c) => flushEvents(c.db, c.dialect, [pending]));
    const [row] = await stored('seq-c');
    assert.equal(row.event_type, 'BundleCreateEvent');
    assert.equal(row.resource_kind, 'Bundle');
    assert.equal(row.resource_id, 'c1');
    assert.equal(row.event_time, new Date(pending.event.event_time).toISOString());
    assert.deepEqual(row.data, { ...pending.event, sequence: 1 });
  });

  test("the resource_id column is the resource's row id, the event its published id (a credit limit's kind name)", async () => {
    const pending = pendingEvent('seq-e', 'CreditLimit', 'CreateEvent', { id: 'line-1:VOICE' }, 'VOICE', 1, null, identity);
    pending.event.payload = {};
    await transaction(t.database, (c) => flushEvents(c.db, c.dialect, [pending]));
    const [row] = await stored('seq-e');
    assert.equal(row.resource_id, 'line-1:VOICE');
    assert.equal(row.data.resource.id, 'VOICE');
  });

  test('a transaction that changes a published resource writes its event as GET shows it, and one that rolls back writes none', async () => {
    const composition = { eventViews: { Bundle: async (_c: Conn, _context: unknown, subject: { id: string }) => ({ resource: { id: subject.id, shown: true }, version: 5 }) }, eventPresenters: {} } as unknown as Composition;
    await transaction(t.database, { identity, composition }, async (c) => {
      c.events!.push(pendingEvent('seq-d', 'Bundle', 'CreateEvent', { id: 'd1' }, 'd1', 1, null, identity));
    });
    await assert.rejects(
      transaction(t.database, { identity, composition }, async (c) => {
        c.events!.push(pendingEvent('seq-d', 'Bundle', 'CreateEvent', { id: 'd2' }, 'd2', 1, null, identity));
        throw new Error('rolled back');
      }),
    );
    const rows = await stored('seq-d');
    assert.deepEqual(rows.map((row) => [row.sequence, row.data.payload, row.data.resource_version]), [[1, { id: 'd1', shown: true }, 5]]);
  });
});
