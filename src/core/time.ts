/** Timestamps: stored as ISO-8601 UTC with milliseconds (sortable text), answered without zero milliseconds. */

let offsetMs = 0;

/** The service clock. Tests move it to reach scheduled dates without waiting. */
export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

export function nowIso(): string {
  return now().toISOString();
}

export function shiftClock(ms: number): void {
  offsetMs += ms;
}

/** Any accepted date-time (validated by the schema) in stored form. */
export function toStoredDate(value: string): string {
  return new Date(value).toISOString();
}

/** The contract's representation: UTC, `Z`, fractional seconds only when not zero. */
export function toApiDate(value: string | Date): string {
  const iso = typeof value === 'string' ? new Date(value).toISOString() : value.toISOString();
  return iso.replace('.000Z', 'Z');
}

export function toApiDateOrNull(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : toApiDate(value);
}

export function addYears(date: Date, years: number): Date {
  const result = new Date(date);
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return result;
}

/** 00:00 on the 1st of the current month in the given IANA zone, as a UTC instant. */
export function startOfBillingCycle(at: Date, timeZone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const year = Number(parts.year);
  const month = Number(parts.month);
  // Midnight local = midnight UTC minus the zone's offset at that moment.
  const utcGuess = Date.UTC(year, month - 1, 1);
  const offset = zoneOffsetMs(new Date(utcGuess), timeZone);
  return new Date(utcGuess - offset);
}

function zoneOffsetMs(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - at.getTime();
}
