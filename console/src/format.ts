/** How values read on screen: dates in the agent's own time zone, money in its currency, time left in words. Pure. */

const localDateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const localDateTimeSeconds = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const localDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatLocalDateTime(iso: string): string {
  return localDateTime.format(new Date(iso));
}

/** To the second: changes a few seconds apart read apart. */
export function formatLocalDateTimeSeconds(iso: string): string {
  return localDateTimeSeconds.format(new Date(iso));
}

export function formatLocalDate(iso: string): string {
  return localDate.format(new Date(iso));
}

/** The UTC value as the API gave it, for the hover title. */
export function utcTitle(iso: string): string {
  return `${iso.replace('T', ' ').replace(/Z$/, '')} UTC`;
}

export function formatMoney(amount: number | null | undefined, currency = 'EUR'): string {
  if (amount === null || amount === undefined) return '—';
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

const DAY = 86_400_000;

/** "1 year 2 months left", "12 days left", "3 hours left", or "ended" once the date has passed. */
export function timeLeft(until: string | null | undefined, now: Date = new Date()): string {
  if (!until) return 'no end date';
  const end = new Date(until);
  const milliseconds = end.getTime() - now.getTime();
  if (milliseconds <= 0) return 'ended';
  let months = (end.getUTCFullYear() - now.getUTCFullYear()) * 12 + (end.getUTCMonth() - now.getUTCMonth());
  const anchor = new Date(now);
  anchor.setUTCMonth(anchor.getUTCMonth() + months);
  if (anchor.getTime() > end.getTime()) {
    months -= 1;
    anchor.setTime(now.getTime());
    anchor.setUTCMonth(anchor.getUTCMonth() + months);
  }
  const days = Math.floor((end.getTime() - anchor.getTime()) / DAY);
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
  const years = Math.floor(months / 12);
  const restMonths = months % 12;
  const parts: string[] = [];
  if (years > 0) parts.push(plural(years, 'year'));
  if (restMonths > 0) parts.push(plural(restMonths, 'month'));
  if (years === 0 && days > 0) parts.push(plural(days, 'day'));
  if (parts.length === 0) {
    const hours = Math.floor(milliseconds / 3_600_000);
    parts.push(hours > 0 ? plural(hours, 'hour') : plural(Math.max(1, Math.ceil(milliseconds / 60_000)), 'minute'));
  }
  return `${parts.join(' ')} left`;
}

/** SCREAMING_CASE values as words: `MANUALLY_REMOVED` → "Manually removed". */
export function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
