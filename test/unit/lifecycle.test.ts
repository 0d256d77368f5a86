import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestContext } from '../../src/core/context.js';
import { AppError } from '../../src/core/errors.js';
import { statusHistory } from '../../src/core/history.js';
import { activationStamp, assertTransition, canTransition, deactivationStamp, type Lifecycle } from '../../src/core/lifecycle.js';
import { transaction } from '../../src/core/store.js';
import { applyTransition, recordCreation } from '../../src/core/transition.js';
import { forEachDatabase } from '../helpers/database.js';

type WidgetStatus = 'REQUESTED' | 'ACTIVE' | 'DEACTIVATED' | 'CANCELLED';

interface Widget {
  id: string;
  status: WidgetStatus;
  status_detail: { reason: string; description: string | null; date: string } | null;
  activation_date: string | null;
  deactivation_date: string | null;
  deactivation_system: string | null;
  deactivation_user: string | null;
  last_updated_date: string;
  last_updated_user: string;
  changes: number;
}

const widgetLifecycle: Lifecycle<WidgetStatus, Widget> = {
  kind: 'Widget',
  states: ['REQUESTED', 'ACTIVE', 'DEACTIVATED', 'CANCELLED'],
  invalidCode: 'INVALID_PROMOTION_STATUS',
  ownEndpoint: { DEACTIVATED: 'POST …/widgets/{widgetId}/deactivation' },
  transitions: [
    { from: 'REQUESTED', to: 'ACTIVE', by: ['patch', 'operation'] },
    { from: 'REQUESTED', to: 'CANCELLED', by: ['cascade'] },
    { from: 'ACTIVE', to: 'DEACTIVATED', by: ['operation', 'cascade'] },
  ],
  stamps: {
    every: (widget) => ({ changes: widget.changes + 1 }),
    entering: { ACTIVE: activationStamp, DEACTIVATED: deactivationStamp, CANCELLED: deactivationStamp },
  },
};

const requested = (id: string): Widget => ({
  id,
  status: 'REQUESTED',
  status_detail: null,
  activation_date: null,
  deactivation_date: null,
  deactivation_system: null,
  deactivation_user: null,
  last_updated_date: '2026-01-01T00:00:00Z',
  last_updated_user: 'creator',
  changes: 0,
});

const context = (org: string) => ({ org, identity: { system: 'billing', user: 'ana' } }) as RequestContext;

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    assert.ok(error instanceof AppError);
    return error.code;
  }
  return 'allowed';
}

test('assertTransition allows an edge of the graph only for the triggers it lists', () => {
  assert.equal(codeOf(() => assertTransition(widgetLifecycle, 'REQUESTED', 'ACTIVE', 'patch')), 'allowed');
  assert.equal(codeOf(() => assertTransition(widgetLifecycle, 'REQUESTED', 'CANCELLED', 'patch')), 'INVALID_PROMOTION_STATUS');
  assert.equal(codeOf(() => assertTransition(widgetLifecycle, 'ACTIVE', 'REQUESTED', 'operation')), 'INVALID_PROMOTION_STATUS');
  assert.equal(canTransition(widgetLifecycle, 'REQUESTED', 'CANCELLED', 'cascade'), true);
  assert.equal(canTransition(widgetLifecycle, 'REQUESTED', 'CANCELLED', 'operation'), false);
});

test('assertTransition sends PATCH to a state with its own endpoint there: OPERATION_NOT_SUPPORTED, whatever the state now', () => {
  assert.equal(codeOf(() => assertTransition(widgetLifecycle, 'ACTIVE', 'DEACTIVATED', 'patch')), 'OPERATION_NOT_SUPPORTED');
  assert.equal(codeOf(() => assertTransition(widgetLifecycle, 'REQUESTED', 'DEACTIVATED', 'patch')), 'OPERATION_NOT_SUPPORTED');
  assert.equal(codeOf(() => assertTransition(widgetLifecycle, 'ACTIVE', 'DEACTIVATED', 'operation')), 'allowed');
});

forEachDatabase('applyTransition', (t) => {
  test('applyTransition sets the status, status_detail, the declared stamps and last_updated_*, and records the history entry', async () => {
    const before = requested('w-activated');
    const after = await transaction(t.database, (c) =>
      applyTransition(c, context('org-a'), widgetLifecycle, before, 'ACTIVE', {
        trigger: 'operation',
        reason: 'ACTIVATION_DATE_REACHED',
        date: '2026-03-01T10:00:00.000Z',
        effectiveDate: '2026-02-01T00:00:00.000Z',
        operationId: '6f1c1f4e-8f43-4a43-9d8f-0a4f7c4f1a11',
      }),
    );
    assert.deepEqual(after, {
      ...before,
      status: 'ACTIVE',
      status_detail: { reason: 'ACTIVATION_DATE_REACHED', description: null, date: '2026-02-01T00:00:00Z' },
      activation_date: '2026-02-01T00:00:00Z',
      last_updated_date: '2026-03-01T10:00:00Z',
      last_updated_user: 'ana',
      changes: 1,
    });
    assert.equal(before.status, 'REQUESTED', 'the resource given is left as it was: the caller saves the answer');
    const history = await transaction(t.database, (c) => statusHistory(c, 'org-a', 'Widget', before.id));
    assert.deepEqual(history, [
      { from: 'REQUESTED', to: 'ACTIVE', reason: 'ACTIVATION_DATE_REACHED', date: '2026-03-01T10:00:00Z', system: 'billing', user: 'ana', operation_id: '6f1c1f4e-8f43-4a43-9d8f-0a4f7c4f1a11' },
    ]);
  });

  test('applyTransition keeps an activation_date already given and stamps who ended the resource, at its effective date', async () => {
    const given = { ...requested('w-ended'), activation_date: '2025-12-24T00:00:00Z' };
    const ended = await transaction(t.database, async (c) => {
      const active = await applyTransition(c, context('org-a'), widgetLifecycle, given, 'ACTIVE', { trigger: 'patch', reason: 'STATUS_CHANGED' });
      assert.equal(active.activation_date, '2025-12-24T00:00:00Z');
      return applyTransition(c, context('org-a'), widgetLifecycle, active, 'DEACTIVATED', {
        trigger: 'cascade',
        reason: 'SUBSCRIPTION_DEACTIVATION',
        effectiveDate: '2026-04-30T22:00:00.000Z',
      });
    });
    assert.equal(ended.status, 'DEACTIVATED');
    assert.deepEqual([ended.deactivation_date, ended.deactivation_system, ended.deactivation_user], ['2026-04-30T22:00:00Z', 'billing', 'ana']);
    assert.equal(ended.changes, 2);
    const history = await transaction(t.database, (c) => statusHistory(c, 'org-a', 'Widget', given.id));
    assert.deepEqual(history.map((entry) => [entry.from, entry.to, entry.operation_id]), [['REQUESTED', 'ACTIVE', null], ['ACTIVE', 'DEACTIVATED', null]]);
  });

  test('applyTransition refuses a change its trigger may not make and records nothing', async () => {
    const before = requested('w-refused');
    await assert.rejects(
      transaction(t.database, (c) => applyTransition(c, context('org-a'), widgetLifecycle, before, 'CANCELLED', { trigger: 'operation', reason: 'OTHER' })),
      (error: unknown) => error instanceof AppError && error.code === 'INVALID_PROMOTION_STATUS',
    );
    assert.deepEqual(await transaction(t.database, (c) => statusHistory(c, 'org-a', 'Widget', before.id)), []);
  });

  test('recordCreation starts the history from no status, with the identity given or the request\'s', async () => {
    await transaction(t.database, async (c) => {
      await recordCreation(c, context('org-a'), widgetLifecycle, requested('w-new'), { date: '2026-01-01T00:00:00.000Z' });
      await recordCreation(c, context('org-a'), widgetLifecycle, { id: 'w-migrated', status: 'ACTIVE' }, {
        date: '2020-05-01T00:00:00.000Z',
        reason: 'MIGRATED',
        identity: { system: 'legacy', user: 'N/A' },
      });
    });
    const [created] = await transaction(t.database, (c) => statusHistory(c, 'org-a', 'Widget', 'w-new'));
    assert.deepEqual(created, { from: null, to: 'REQUESTED', reason: null, date: '2026-01-01T00:00:00Z', system: 'billing', user: 'ana', operation_id: null });
    const [migrated] = await transaction(t.database, (c) => statusHistory(c, 'org-a', 'Widget', 'w-migrated'));
    assert.deepEqual(migrated, { from: null, to: 'ACTIVE', reason: 'MIGRATED', date: '2020-05-01T00:00:00Z', system: 'legacy', user: 'N/A', operation_id: null });
  });
});

test('an edge needs its from state, its to state and the trigger: each one alone is not enough', () => {
  // REQUESTED → CANCELLED by cascade is the only edge into CANCELLED.
  assert.equal(canTransition(widgetLifecycle, 'ACTIVE', 'CANCELLED', 'cascade'), false, 'another from state');
  assert.equal(canTransition(widgetLifecycle, 'REQUESTED', 'DEACTIVATED', 'cascade'), false, 'another to state');
  assert.equal(canTransition(widgetLifecycle, 'REQUESTED', 'CANCELLED', 'patch'), false, 'another trigger');
  assert.equal(codeOf(() => assertTransition(widgetLifecycle, 'ACTIVE', 'CANCELLED', 'cascade')), 'INVALID_PROMOTION_STATUS');
  assert.equal(codeOf(() => assertTransition(widgetLifecycle, 'REQUESTED', 'DEACTIVATED', 'cascade')), 'INVALID_PROMOTION_STATUS');
  assert.equal(codeOf(() => assertTransition(widgetLifecycle, 'REQUESTED', 'CANCELLED', 'operation')), 'INVALID_PROMOTION_STATUS');
});

test('the refusals of a transition name the kind, the states and the endpoint to use', () => {
  assert.throws(() => assertTransition(widgetLifecycle, 'ACTIVE', 'REQUESTED', 'operation'), { message: 'Widget status cannot change from ACTIVE to REQUESTED' });
  assert.throws(() => assertTransition(widgetLifecycle, 'ACTIVE', 'DEACTIVATED', 'patch'), { message: 'Widget status DEACTIVATED is set through POST …/widgets/{widgetId}/deactivation, not PATCH' });
});

test('a lifecycle without states of their own endpoint takes PATCH on its edges', () => {
  const { ownEndpoint: _ownEndpoint, ...open } = widgetLifecycle;
  assert.equal(codeOf(() => assertTransition(open, 'REQUESTED', 'ACTIVE', 'patch')), 'allowed');
  assert.equal(codeOf(() => assertTransition(open, 'ACTIVE', 'DEACTIVATED', 'patch')), 'INVALID_PROMOTION_STATUS');
});

forEachDatabase('applyTransition on a resource with fewer fields', (t) => {
  test('a resource without status_detail or last_updated_user is not given them, and a lifecycle without stamps stamps nothing else', async () => {
    const bare: Lifecycle<WidgetStatus, { id: string; status: WidgetStatus; last_updated_date: string }> = {
      kind: 'Bare',
      states: ['REQUESTED', 'ACTIVE', 'DEACTIVATED', 'CANCELLED'],
      invalidCode: 'INVALID_PROMOTION_STATUS',
      transitions: [{ from: 'REQUESTED', to: 'ACTIVE', by: ['operation'] }],
    };
    const after = await transaction(t.database, (c) =>
      applyTransition(c, context('org-bare'), bare, { id: 'b1', status: 'REQUESTED', last_updated_date: '2026-01-01T00:00:00Z' }, 'ACTIVE', { trigger: 'operation', reason: 'DUE', date: '2026-02-01T00:00:00.000Z' }),
    );
    assert.deepEqual(after, { id: 'b1', status: 'ACTIVE', last_updated_date: '2026-02-01T00:00:00Z' });
    const entering: Lifecycle<WidgetStatus, Widget> = { ...widgetLifecycle, stamps: { every: widgetLifecycle.stamps!.every } };
    const counted = await transaction(t.database, (c) => applyTransition(c, context('org-bare'), entering, requested('b2'), 'ACTIVE', { trigger: 'operation', reason: 'DUE' }));
    assert.equal(counted.activation_date, null, 'no stamp on entering ACTIVE');
    assert.equal(counted.changes, 1);
    const onlyEntering: Lifecycle<WidgetStatus, Widget> = { ...widgetLifecycle, stamps: { entering: { CANCELLED: deactivationStamp } } };
    const entered = await transaction(t.database, (c) => applyTransition(c, context('org-bare'), onlyEntering, requested('b3'), 'ACTIVE', { trigger: 'operation', reason: 'DUE' }));
    assert.equal(entered.changes, 0, 'no stamp on every change');
  });
});
