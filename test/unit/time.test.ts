import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addYears, now, nowIso, shiftClock, startOfBillingCycle, toApiDate, toApiDateOrNull, toStoredDate } from '../../src/core/time.js';

test('the service clock follows shiftClock, forward and back', () => {
  shiftClock(3_600_000);
  try {
    const ahead = now().getTime() - Date.now();
    assert.ok(ahead > 3_590_000 && ahead <= 3_600_000, `an hour ahead, got ${ahead} ms`);
    const iso = nowIso();
    assert.match(iso, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    assert.ok(Math.abs(Date.parse(iso) - (Date.now() + 3_600_000)) < 10_000);
  } finally {
    shiftClock(-3_600_000);
  }
  assert.ok(Math.abs(now().getTime() - Date.now()) < 1_000, 'back to the real time');
});

test('a date is stored as UTC with milliseconds, whatever zone it was given in', () => {
  assert.equal(toStoredDate('2026-01-01T01:00:00+01:00'), '2026-01-01T00:00:00.000Z');
  assert.equal(toStoredDate('2026-05-05T10:20:30.5Z'), '2026-05-05T10:20:30.500Z');
});

test('a date is answered in UTC with Z, with fractional seconds only when they are not zero', () => {
  assert.equal(toApiDate('2026-01-01T00:00:00.000Z'), '2026-01-01T00:00:00Z');
  assert.equal(toApiDate('2026-01-01T02:00:00+02:00'), '2026-01-01T00:00:00Z');
  assert.equal(toApiDate('2026-01-01T00:00:00.120Z'), '2026-01-01T00:00:00.120Z');
  assert.equal(toApiDate(new Date('2026-03-04T05:06:07.000Z')), '2026-03-04T05:06:07Z');
  assert.equal(toApiDateOrNull('2026-01-01T00:00:00.000Z'), '2026-01-01T00:00:00Z');
  assert.equal(toApiDateOrNull(null), null);
  assert.equal(toApiDateOrNull(undefined), null);
});

test('addYears moves a date by whole calendar years, leaving the date it was given unchanged', () => {
  const start = new Date('2026-03-15T10:00:00.000Z');
  assert.equal(addYears(start, 2).toISOString(), '2028-03-15T10:00:00.000Z');
  assert.equal(addYears(start, -1).toISOString(), '2025-03-15T10:00:00.000Z');
  assert.equal(start.toISOString(), '2026-03-15T10:00:00.000Z');
});

test('the billing cycle starts at midnight on the 1st of the month in the zone, as a UTC instant', () => {
  // Madrid is UTC+1 in winter, UTC+2 in summer.
  assert.equal(startOfBillingCycle(new Date('2026-03-15T12:00:00Z'), 'Europe/Madrid').toISOString(), '2026-02-28T23:00:00.000Z');
  assert.equal(startOfBillingCycle(new Date('2026-07-15T12:00:00Z'), 'Europe/Madrid').toISOString(), '2026-06-30T22:00:00.000Z');
  // 22:30 UTC on 31 March is already 1 April in Madrid: the April cycle has begun.
  assert.equal(startOfBillingCycle(new Date('2026-03-31T22:30:00Z'), 'Europe/Madrid').toISOString(), '2026-03-31T22:00:00.000Z');
  assert.equal(startOfBillingCycle(new Date('2026-12-31T23:59:59Z'), 'UTC').toISOString(), '2026-12-01T00:00:00.000Z');
  // West of UTC, midnight local is later in UTC.
  assert.equal(startOfBillingCycle(new Date('2026-01-15T12:00:00Z'), 'America/New_York').toISOString(), '2026-01-01T05:00:00.000Z');
  // A zone with a half-hour offset, and seconds in none of them.
  assert.equal(startOfBillingCycle(new Date('2026-02-10T00:00:00Z'), 'Asia/Kolkata').toISOString(), '2026-01-31T18:30:00.000Z');
});
