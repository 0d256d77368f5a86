import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'kysely';
import type { Composition } from '../../src/core/context.js';
import { AppError } from '../../src/core/errors.js';
import {
  conn,
  findPresented,
  findUnderParents,
  hashOf,
  insertResource,
  listAll,
  findPresentedText,
  listPresentedTexts,
  listResources,
  presentStored,
  publish,
  resourceRow,
  transaction,
  updateResource,
  type Presentation,
  type ResourceTable,
} from '../../src/core/store.js';
import { forEachDatabase } from '../helpers/database.js';

/** Resources of no family in three tables: a gadget (add_ons), its parts (commitments) and each part's limits (credit_limits). */
interface Gadget { id: string; creation_date: string; owner: string; status: string }
interface Part { id: string; creation_date: string; parent_id: string; parent_kind: string }
interface Limit { id: string; creation_date: string; subscription_id: string }

const gadgets: ResourceTable<Gadget> = { table: 'add_ons', kind: 'Gadget', columns: (g) => ({ subscription_id: g.owner, status: g.status, legacy_id: null, activation_date: null }) };
const parts: ResourceTable<Part> = { table: 'commitments', kind: 'Part', columns: (p) => ({ parent_kind: p.parent_kind, parent_id: p.parent_id, subscription_id: 'none', status: 'ACTIVE', expiration_date: null }) };
const limits: ResourceTable<Limit> = { table: 'credit_limits', kind: 'Limit', columns: (l) => ({ subscription_id: l.subscription_id }) };

const date = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();

/** A gadget's answer: its parts of kind GADGET (oldest first), each with its limits, and the owner's count of gadgets. */
const presented: Presentation<Gadget, { id: string; parts: unknown[]; siblings: number }> = {
  name: 'gadget with parts',
  table: gadgets,
  embeds: [
    {
      field: 'parts',
      table: 'commitments',
      parentColumn: 'parent_id',
      constants: { parent_kind: 'GADGET' },
      embeds: [{ field: 'limits', table: 'credit_limits', parentColumn: 'subscription_id', present: (limit: Limit) => limit.id }],
      present: (part: Part, embedded) => ({ id: part.id, limits: embedded.limits }),
    },
  ],
  columns: { siblings: () => sql`(select count(*) from add_ons as other where other.org = add_ons.org and other.subscription_id = add_ons.subscription_id)` },
  present: (gadget, embedded, columns) => ({ id: gadget.id, parts: embedded.parts, siblings: Number(columns.siblings) }),
};

forEachDatabase('store reads', (t) => {
  const org = 'org-reads';
  // Gadgets, their parts (one of another kind, one of another org) and the parts' limits.
  before(async () => {
    await transaction(t.database, async (c) => {
      await insertResource(c, gadgets, org, { id: 'g1', creation_date: date(1), owner: 'o1', status: 'ACTIVE' }, 'h');
      await insertResource(c, gadgets, org, { id: 'g2', creation_date: date(2), owner: 'o1', status: 'ACTIVE' }, 'h');
      await insertResource(c, gadgets, org, { id: 'g3', creation_date: date(2), owner: 'o2', status: 'ENDED' }, 'h');
      await insertResource(c, parts, org, { id: 'p2', creation_date: date(5), parent_id: 'g1', parent_kind: 'GADGET' }, 'h');
      await insertResource(c, parts, org, { id: 'p1', creation_date: date(4), parent_id: 'g1', parent_kind: 'GADGET' }, 'h');
      await insertResource(c, parts, org, { id: 'p3', creation_date: date(3), parent_id: 'g1', parent_kind: 'OTHER' }, 'h');
      await insertResource(c, parts, 'another-org', { id: 'p4', creation_date: date(3), parent_id: 'g1', parent_kind: 'GADGET' }, 'h');
      await insertResource(c, limits, org, { id: 'l1', creation_date: date(6), subscription_id: 'p1' }, 'h');
      await insertResource(c, limits, org, { id: 'l0', creation_date: date(6), subscription_id: 'p1' }, 'h');
    });
  });

  test("an answer embeds its children of this org and parent, oldest first then by id, each with its own, and the values beside it", async () => {
    const found = await findPresented(conn(t.database), presented, org, 'g1');
    assert.deepEqual(found, { resource: { id: 'g1', parts: [{ id: 'p1', limits: ['l0', 'l1'] }, { id: 'p2', limits: [] }], siblings: 2 }, version: 1 });
    assert.deepEqual((await findPresented(conn(t.database), presented, org, 'g2'))?.resource.parts, []);
    assert.equal(await findPresented(conn(t.database), presented, org, 'missing'), undefined);
    assert.equal(await findPresented(conn(t.database), presented, org, 'g1', { scope: { subscription_id: 'o2' } }), undefined, 'not under that parent');
    assert.ok(await findPresented(conn(t.database), presented, org, 'g1', { scope: { subscription_id: 'o1' } }));
  });

  test("an answer's text is its stored document without its hidden fields, then its values and its lists, each child without its own", async () => {
    const hiding: Presentation<Gadget, unknown> = {
      ...presented,
      name: 'gadget with parts, hidden links',
      hidden: ['status'],
      embeds: [{ ...presented.embeds[0], hidden: ['parent_id', 'parent_kind'], embeds: [{ ...presented.embeds[0].embeds![0], hidden: ['subscription_id'] }] }],
    };
    const found = await findPresentedText(conn(t.database), hiding, org, 'g1');
    assert.equal(found?.version, 1);
    assert.deepEqual(JSON.parse(found!.text), {
      id: 'g1',
      creation_date: date(1),
      owner: 'o1',
      siblings: 2,
      parts: [
        { id: 'p1', creation_date: date(4), limits: [{ id: 'l0', creation_date: date(6) }, { id: 'l1', creation_date: date(6) }] },
        { id: 'p2', creation_date: date(5), limits: [] },
      ],
    });
    assert.equal(await findPresentedText(conn(t.database), hiding, org, 'g1', { scope: { subscription_id: 'o2' } }), undefined, 'not under that parent');
    // A hidden field first, and text no JSON type of PostgreSQL accepts (a lone surrogate, which JSON.stringify escapes).
    const odd = { status: 'ACTIVE', id: 'g-odd', creation_date: date(1), owner: 'o\ud83d' };
    await transaction(t.database, (c) => insertResource(c, gadgets, 'org-odd', odd, 'h'));
    const oddText = await findPresentedText(conn(t.database), hiding, 'org-odd', 'g-odd');
    assert.deepEqual(JSON.parse(oddText!.text), { id: 'g-odd', creation_date: date(1), owner: 'o\ud83d', siblings: 1, parts: [] });
  });

  test("a child without lists of its own loses its hidden fields first, in the middle and last of its stored text", async () => {
    const leaves: Presentation<Gadget, unknown> = {
      ...presented,
      name: 'gadget with leaf parts, hidden links',
      embeds: [{ ...presented.embeds[0], embeds: undefined, hidden: ['parent_id', 'parent_kind'] }],
    };
    await transaction(t.database, async (c) => {
      await insertResource(c, gadgets, 'org-leaves', { id: 'g-leaves', creation_date: date(1), owner: 'o9', status: 'ACTIVE' }, 'h');
      await insertResource(c, parts, 'org-leaves', { parent_kind: 'GADGET', id: 'first', parent_id: 'g-leaves', creation_date: date(2) } as Part, 'h');
      await insertResource(c, parts, 'org-leaves', { id: 'last', creation_date: date(3), parent_kind: 'GADGET', parent_id: 'g-leaves' }, 'h');
    });
    const found = await findPresentedText(conn(t.database), leaves, 'org-leaves', 'g-leaves');
    assert.deepEqual(JSON.parse(found!.text).parts, [
      { id: 'first', creation_date: date(2) },
      { id: 'last', creation_date: date(3) },
    ]);
    assert.match(found!.text, /"parts":\[\{"id":"first","creation_date":"[^"]+"\},\{"id":"last","creation_date":"[^"]+"\}\]/, 'the kept fields in their stored order, no comma left behind');
  });

  test('the answer of a resource just saved reads its embedded lists and keeps the version and document it was given', async () => {
    const stored = { resource: { id: 'g1', creation_date: date(1), owner: 'o1', status: 'ACTIVE' }, version: 7 };
    assert.deepEqual(await presentStored(conn(t.database), presented, org, stored), { resource: { id: 'g1', parts: [{ id: 'p1', limits: ['l0', 'l1'] }, { id: 'p2', limits: [] }], siblings: 2 }, version: 7 });
    await assert.rejects(presentStored(conn(t.database), presented, org, { resource: { ...stored.resource, id: 'gone' }, version: 1 }), { message: 'Gadget gone vanished from its own transaction' });
  });

  test('a page of answers embeds the same way, with the total of the whole list', async () => {
    const page = await listPresentedTexts(conn(t.database), presented, org, [['subscription_id', '=', 'o1']], { offset: 0, limit: 1 });
    assert.equal(page.total, 2);
    assert.deepEqual(page.items.map((item) => [JSON.parse(item.text).parts.length, item.version, item.key]), [[2, 1, [date(1), 'g1']]]);
    const newest = await listPresentedTexts(conn(t.database), presented, org, [], { offset: 0, limit: 5 }, 'desc');
    assert.deepEqual(newest.items.map((item) => JSON.parse(item.text).id), ['g3', 'g2', 'g1']);
  });

  test('a keyset page starts after its key on (creation_date, id), either way, counts nothing, and reads one row more', async () => {
    const c = conn(t.database);
    const after = await listResources(c, gadgets, org, [], { offset: 0, limit: 1, after: [date(1), 'g1'] });
    assert.deepEqual(after.items.map((g) => g.id), ['g2', 'g3'], 'limit 1, and one more to know a page follows');
    assert.ok(Number.isNaN(after.total));
    const before = await listResources(c, gadgets, org, [], { offset: 0, limit: 5, after: [date(2), 'g3'] }, 'desc');
    assert.deepEqual(before.items.map((g) => g.id), ['g2', 'g1']);
    const presentedAfter = await listPresentedTexts(c, presented, org, [['status', 'in', ['ACTIVE']]], { offset: 0, limit: 5, after: [date(1), 'g1'] });
    assert.deepEqual(presentedAfter.items.map((g) => g.key), [[date(2), 'g2']]);
  });

  test('every resource of a list, oldest or newest first, filtered by conditions or an expression', async () => {
    const c = conn(t.database);
    assert.deepEqual((await listAll(c, gadgets, org, [])).map((g) => g.id), ['g1', 'g2', 'g3']);
    assert.deepEqual((await listAll(c, gadgets, org, [], 'desc')).map((g) => g.id), ['g3', 'g2', 'g1']);
    assert.deepEqual((await listAll(c, gadgets, org, [['status', '=', 'ENDED']])).map((g) => g.id), ['g3']);
    assert.deepEqual((await listAll(c, gadgets, org, [(eb) => eb('id', '>', 'g1')])).map((g) => g.id), ['g2', 'g3']);
    assert.deepEqual((await listResources(c, gadgets, org, [(eb) => eb('id', '<', 'g3')], { offset: 1, limit: 5 })).items.map((g) => g.id), ['g2']);
  });

  test('a child is found under its parents; when missing, its parents are checked first and their not-found answered', async () => {
    const c = conn(t.database);
    const missing = (calls: string[]) => ({
      requireParents: async () => void calls.push('parents'),
      notFound: () => new AppError('ADD_ON_NOT_FOUND', 'no such gadget'),
    });
    const calls: string[] = [];
    assert.equal((await findUnderParents(c, gadgets, org, 'g1', { subscription_id: 'o1' }, missing(calls))).resource.id, 'g1');
    assert.deepEqual((await findUnderParents(c, presented, org, 'g1', { subscription_id: 'o1' }, missing(calls))).resource.siblings, 2);
    assert.deepEqual(calls, []);
    await assert.rejects(findUnderParents(c, gadgets, org, 'g1', { subscription_id: 'o2' }, missing(calls)), { code: 'ADD_ON_NOT_FOUND' });
    await assert.rejects(findUnderParents(c, presented, org, 'g9', {}, missing(calls)), { code: 'ADD_ON_NOT_FOUND' });
    await assert.rejects(findUnderParents(c, presented, org, 'g1', { subscription_id: 'o2' }, missing(calls)), { code: 'ADD_ON_NOT_FOUND' }, 'an answer with embeds is looked up under its parents too');
    assert.deepEqual(calls, ['parents', 'parents', 'parents']);
    await assert.rejects(
      findUnderParents(c, gadgets, org, 'g9', {}, { requireParents: async () => { throw new AppError('SUBSCRIPTION_NOT_FOUND', 'no owner'); }, notFound: () => new AppError('ADD_ON_NOT_FOUND', 'x') }),
      { code: 'SUBSCRIPTION_NOT_FOUND' },
    );
  });

  test('a create that meets an id of different data is 409 ALREADY_EXISTS saying so', async () => {
    await assert.rejects(
      transaction(t.database, (c) => insertResource(c, gadgets, org, { id: 'g1', creation_date: date(1), owner: 'o1', status: 'ACTIVE' }, 'other-hash')),
      (error: unknown) => error instanceof AppError && error.code === 'ALREADY_EXISTS' && error.message === 'Gadget g1 already exists with different data',
    );
  });

  test('a new row holds the envelope (version 1, the creation date stored in UTC, the document, the create hash) and its columns', () => {
    const { valid_from: validFrom, ...row } = resourceRow(gadgets, 'acme', { id: 'g', creation_date: '2026-01-01T01:00:00+01:00', owner: 'o', status: 'ACTIVE' }, 'hash') as Record<string, unknown>;
    assert.match(String(validFrom), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'a versioned row states when its state began');
    assert.deepEqual(row, {
      org: 'acme',
      id: 'g',
      version: 1,
      creation_date: '2026-01-01T00:00:00.000Z',
      data: JSON.stringify({ id: 'g', creation_date: '2026-01-01T01:00:00+01:00', owner: 'o', status: 'ACTIVE' }),
      create_hash: 'hash',
      subscription_id: 'o',
      status: 'ACTIVE',
      legacy_id: null,
      activation_date: null,
    });
    assert.equal(hashOf({ a: 1 }), hashOf({ a: 1 }));
    assert.notEqual(hashOf({ a: 1 }), hashOf({ a: 2 }));
    assert.match(hashOf('x'), /^[0-9a-f]{64}$/);
  });
});

forEachDatabase('store events', (t) => {
  interface Box { id: string; creation_date: string; status: string; name: string }
  const boxes: ResourceTable<Box> = {
    table: 'bundles',
    kind: 'Bundle',
    columns: (box) => ({ status: box.status, account_id: 'a', legacy_account_id: null, legacy_id: null }),
    href: (org, box) => `/v2/orgs/${org}/bundles/${box.id}`,
  };
  const composition = { eventViews: {}, eventPresenters: { Bundle: (subject: { id: string }) => ({ id: subject.id }) } } as unknown as Composition;
  const identity = { system: 'crm', user: 'ana' };

  test('a published resource queues a create event, then a state change when its status changes and an attribute change otherwise', async () => {
    const org = 'org-events';
    const box: Box = { id: 'b1', creation_date: date(1), status: 'ACTIVE', name: 'one' };
    await transaction(t.database, { identity, composition }, async (c) => {
      await insertResource(c, boxes, org, box, 'h');
      const renamed = await updateResource(c, boxes, org, { ...box, name: 'two' }, 1);
      await updateResource(c, boxes, org, { ...box, name: 'two', status: 'DEACTIVATED' }, renamed);
    });
    const rows = await t.database.db.selectFrom('events').select(['event_type', 'data']).where('org', '=', org).orderBy('sequence').execute();
    assert.deepEqual(rows.map((row) => row.event_type), ['BundleCreateEvent', 'BundleAttributeValueChangeEvent', 'BundleStateChangeEvent']);
    const [created] = rows.map((row) => JSON.parse(row.data));
    assert.deepEqual(created.resource, { kind: 'Bundle', id: 'b1', href: '/v2/orgs/org-events/bundles/b1' });
    assert.deepEqual(created.identity, identity);
    assert.deepEqual(rows.map((row) => JSON.parse(row.data).resource_version), [1, 2, 3]);
  });

  test('a published resource written outside a transaction is a defect, named: its event would be lost', () => {
    assert.throws(() => publish(conn(t.database), boxes, 'org-events', 'CreateEvent', { id: 'b9', creation_date: date(1), status: 'ACTIVE', name: 'x' }, 1), {
      message: 'Bundle b9 was written outside a transaction: its event would be lost',
    });
    assert.doesNotThrow(() => publish(conn(t.database), { ...boxes, kind: 'Box' }, 'org-events', 'CreateEvent', { id: 'b9', creation_date: date(1), status: 'ACTIVE', name: 'x' }, 1));
  });

  test('an event names a resource by its published id where it has one, and by no identity as N/A', async () => {
    const org = 'org-published-id';
    await transaction(t.database, { identity, composition }, async (c) => {
      await insertResource(c, { ...boxes, publishedId: (box) => `box-${box.name}` }, org, { id: 'b2', creation_date: date(1), status: 'ACTIVE', name: 'named' }, 'h');
    });
    await transaction(t.database, { identity: { system: 'N/A', user: 'N/A' }, composition }, async (c) => {
      delete c.identity;
      await insertResource(c, { ...boxes, href: undefined }, org, { id: 'b3', creation_date: date(2), status: 'ACTIVE', name: 'anonymous' }, 'h');
    });
    const rows = await t.database.db.selectFrom('events').select('data').where('org', '=', org).orderBy('sequence').execute();
    const [named, anonymous] = rows.map((row) => JSON.parse(row.data));
    assert.equal(named.resource.id, 'box-named');
    assert.equal(anonymous.resource.href, null);
    assert.deepEqual(anonymous.identity, { system: 'N/A', user: 'N/A' });
  });
});
