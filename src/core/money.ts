import { badRequest } from './errors.js';

/** Money has at most two decimals: checked on the decimal text, not on a float. */
export function assertMoney(value: number | null | undefined, field: string): void {
  if (value === null || value === undefined) return;
  if (Math.round(value * 100) / 100 !== value || !Number.isFinite(value)) {
    throw badRequest(`${field} must have at most 2 decimals, got ${value}`);
  }
}

export const toCents = (value: number) => Math.round(value * 100);
export const fromCents = (cents: number) => cents / 100;
