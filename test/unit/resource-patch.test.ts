import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Type } from '@sinclair/typebox';
import type { RequestContext } from '../../src/core/context.js';
import { AppError } from '../../src/core/errors.js';
import { statusHistory } from '../../src/core/history.js';
import type { Lifecycle } from '../../src/core/lifecycle.js';
import { enqueueOperation } from '../../src/core/operations.js';
import { assertValid, patchResource, type PatchSpec, type StatusChangeContext } from '../../src/core/resource-patch.js';
import { Nullable, StringEnum } from '../../src/core/schemas.js';
import { conn, findById, insertResource, transaction, type ResourceTable, type Stored } from '../../src/core/store.js';
import type { Operation } from '../../src/core/patch.js';
import { forEachDatabase } from '../helpers/database.js';

type Status = 'REQUESTED' | 'ACTIVE' | 'DEACTIVATED';

/** A resource of no family, kept in the bundles table (whose filter columns it fills). */
interface Widget {
  id: string;
  creation_date: string;
  status: Status;
  status_detail: { reason: string; description: string | null; date: string } | null;
  name: string;
  size: number;
  last_updated_date: string;
  last_updated_user: string;
}

const states = ['REQUESTED', 'ACTIVE', 'DEACTIVATED'] as const;
const WidgetSchema = Type.Object({
  id: Type.String(),
  creation_date: Type.String(),
  status: StringEnum(states),
  status_detail: Nullable(Type.Object({ reason: Type.String(), description: Nullable(Type.String()), date: Type.String() })),
  name: Type.String({ minLength: 1 }),
  size: Type.Integer(),
  last_updated_date: Type.String(),
  last_updated_user: Type.String(),
});

const widgets: ResourceTable<Widget> = {
  table: 'bundles',
  kind: 'Widget',
  columns: (widget) => ({ status: widget.status, account_id: 'account', legacy_account_id: null, legacy_id: null }),
};

const lifecycle: Lifecycle<Status, Widget> = {
  kind: 'Widget',
  states,
  invalidCode: 'INVALID_BUNDLE_STATUS',
  ownEndpoint: { DEACTIVATED: 'POST …/widgets/{widgetId}/deactivation' },
  transitions: [{ from: 'REQUESTED', to: 'ACTIVE', by: ['patch'] }],
};

const context = (org: string, ifMatch?: string) => ({ org, identity: { system: 'crm', user: 'ana' }, ifMatch }) as RequestContext;

function spec(extra: Partial<PatchSpec<Widget>> = {}): PatchSpec<Widget> {
  return { table: widgets, schema: WidgetSchema, paths: [{ path: '/status' }, { path: '/name' }, { path: '/size' }, { path: '/notes/-', append: true }], lifecycle, targetKind: 'BUNDLE', ...extra };
}

forEachDatabase('patchResource', (t) => {
  let created = 0;
  async function stored(org: string): Promise<Stored<Widget>> {
    created += 1;
    const widget: Widget = {
      id: `w${created}`,
      creation_date: '2026-01-01T00:00:00.000Z',
      status: 'REQUESTED',
      status_detail: null,
      name: 'first',
      size: 1,
      last_updated_date: '2026-01-01T00:00:00Z',
      last_updated_user: 'creator',
    };
    return (await transaction(t.database, (c) => insertResource(c, widgets, org, widget, widget.id))).stored;
  }
  const patch = (org: string, before: Stored<Widget>, operations: Operation[], extra?: Partial<PatchSpec<Widget>>, ifMatch?: string) =>
    transaction(t.database, (c) => patchResource(c, context(org, ifMatch), spec(extra), before, operations));
  const refusal = async (work: Promise<unknown>): Promise<AppError> => {
    try {
      await work;
    } catch (error) {
      assert.ok(error instanceof AppError, String(error));
      return error;
    }
    assert.fail('expected a refusal');
  };

  test('a patch saves the changed resource as a new version, stamped with when and by whom', async () => {
    const before = await stored('org-p');
    const after = await patch('org-p', before, [{ op: 'replace', path: '/name', value: 'second' }]);
    assert.equal(after.version, before.version + 1);
    assert.equal(after.resource.name, 'second');
    assert.equal(after.resource.last_updated_user, 'ana');
    assert.ok(Math.abs(Date.parse(after.resource.last_updated_date) - Date.now()) < 5_000);
    assert.deepEqual(await findById(conn(t.database), widgets, 'org-p', before.resource.id), after);
  });

  test('a patch that changes nothing answers the resource as it is: no new version, no new last_updated_date', async () => {
    const before = await stored('org-p');
    let saved = false;
    const after = await patch('org-p', before, [{ op: 'replace', path: '/name', value: 'first' }], { afterSave: async () => void (saved = true) });
    assert.equal(after, before);
    assert.equal(saved, false);
    assert.equal((await findById(conn(t.database), widgets, 'org-p', before.resource.id))!.version, before.version);
  });

  test('an append alone is a change: a new version', async () => {
    const before = await stored('org-p');
    const appended: unknown[][] = [];
    const after = await patch('org-p', before, [{ op: 'add', path: '/notes/-', value: 'n1' }], { afterSave: async (_c, _context, patched) => void appended.push(patched.appends['/notes']) });
    assert.equal(after.version, before.version + 1);
    assert.deepEqual(appended, [['n1']]);
  });

  test('If-Match of another version is a 412 and nothing is saved; the current one passes', async () => {
    const before = await stored('org-p');
    const error = await refusal(patch('org-p', before, [{ op: 'replace', path: '/name', value: 'x' }], {}, '"7"'));
    assert.equal(error.code, 'PRECONDITION_FAILED');
    assert.equal((await findById(conn(t.database), widgets, 'org-p', before.resource.id))!.resource.name, 'first');
    assert.equal((await patch('org-p', before, [{ op: 'replace', path: '/name', value: 'x' }], {}, `"${before.version}"`)).resource.name, 'x');
  });

  test('a status outside the lifecycle is a 400 naming the states; a transition outside the graph is refused with its code', async () => {
    const before = await stored('org-p');
    for (const value of ['PAUSED', 5]) {
      const error = await refusal(patch('org-p', before, [{ op: 'replace', path: '/status', value }]));
      assert.equal(error.code, 'BAD_REQUEST');
      assert.equal(error.message, 'Invalid body: status must be one of REQUESTED, ACTIVE, DEACTIVATED');
      assert.deepEqual(error.details, [{ path: '/status', message: 'status must be one of REQUESTED, ACTIVE, DEACTIVATED' }]);
    }
    assert.equal((await refusal(patch('org-p', before, [{ op: 'replace', path: '/status', value: 'REQUESTED' }]))).code, 'INVALID_BUNDLE_STATUS');
    assert.equal((await refusal(patch('org-p', before, [{ op: 'replace', path: '/status', value: 'DEACTIVATED' }]))).code, 'OPERATION_NOT_SUPPORTED');
  });

  test('a status change goes through the lifecycle: stamped, in the history with its reason (STATUS_CHANGED by default), checked by the resource', async () => {
    const changes: StatusChangeContext<Widget>[] = [];
    const onStatusChange = async (_c: unknown, _context: unknown, change: StatusChangeContext<Widget>) => void changes.push(change);
    const given = await stored('org-p');
    const withReason = await patch('org-p', given, [{ op: 'replace', path: '/status', value: 'ACTIVE', reason: 'CHECKED' }], { onStatusChange });
    assert.equal(withReason.resource.status, 'ACTIVE');
    assert.equal(withReason.resource.status_detail?.reason, 'CHECKED');
    assert.equal(changes[0].before.status, 'REQUESTED');
    assert.equal(changes[0].after.status, 'ACTIVE');
    assert.equal(changes[0].reason, 'CHECKED');
    assert.equal(changes[0].date, withReason.resource.last_updated_date.replace('Z', '.000Z').replace(/\.(\d{3})\.000Z$/, '.$1Z'));
    const history = await transaction(t.database, (c) => statusHistory(c, 'org-p', 'Widget', given.resource.id));
    assert.deepEqual(history.map((entry) => [entry.from, entry.to, entry.reason, entry.user]), [['REQUESTED', 'ACTIVE', 'CHECKED', 'ana']]);
    const plain = await stored('org-p');
    const defaulted = await patch('org-p', plain, [{ op: 'replace', path: '/status', value: 'ACTIVE' }], { onStatusChange });
    assert.equal(defaulted.resource.status_detail?.reason, 'STATUS_CHANGED');
    assert.equal(changes[1].reason, undefined);
  });

  test('PENDING work on the resource refuses a status change with 409 OPERATION_IN_PROGRESS, not other changes', async () => {
    const before = await stored('org-locked');
    await transaction(t.database, (c) =>
      enqueueOperation(c, 'org-locked', { type: 'CHANGE_REQUEST_EXECUTION', target: { kind: 'BUNDLE', id: before.resource.id, subscription_id: null, href: '/b' }, reason: null, identity: { system: 's', user: 'u' } }),
    );
    assert.equal((await refusal(patch('org-locked', before, [{ op: 'replace', path: '/status', value: 'ACTIVE' }]))).code, 'OPERATION_IN_PROGRESS');
    const renamed = await patch('org-locked', before, [{ op: 'replace', path: '/name', value: 'renamed' }]);
    assert.equal(renamed.resource.name, 'renamed');
    assert.equal((await patch('org-locked', renamed, [{ op: 'replace', path: '/status', value: 'ACTIVE' }], { targetKind: undefined })).resource.status, 'ACTIVE', 'a resource no operation targets is not checked');
  });

  test('a patched resource that breaks its schema is a 400 naming the field, and nothing is saved', async () => {
    const before = await stored('org-p');
    const error = await refusal(patch('org-p', before, [{ op: 'replace', path: '/size', value: 'big' }]));
    assert.equal(error.message, 'Invalid body: size must be integer');
    assert.equal((await refusal(patch('org-p', before, [{ op: 'replace', path: '/name', value: '' }]))).message, 'Invalid body: name must NOT have fewer than 1 characters');
    assert.equal((await findById(conn(t.database), widgets, 'org-p', before.resource.id))!.resource.size, 1);
  });

  test("the resource's finalize step has the last word before saving, and afterSave sees what was saved", async () => {
    const before = await stored('org-p');
    let seen: Widget | undefined;
    const after = await patch('org-p', before, [{ op: 'replace', path: '/name', value: 'lower' }], {
      finalize: (_c, _context, patched, previous) => ({ ...patched.resource, name: `${patched.resource.name.toUpperCase()} (was ${previous.name})` }),
      afterSave: async (_c, _context, _patched, saved) => void (seen = saved),
    });
    assert.equal(after.resource.name, 'LOWER (was first)');
    assert.deepEqual(seen, after.resource);
  });

  test('assertValid checks a whole resource against its schema', () => {
    assert.doesNotThrow(() => assertValid(Type.Object({ a: Type.Integer() }), { a: 1 }));
    assert.throws(() => assertValid(Type.Object({ a: Type.Integer() }), { a: 'x' }), { message: 'Invalid body: a must be integer' });
  });
});
