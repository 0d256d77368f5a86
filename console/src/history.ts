import type { ResponseOf } from './api.js';
import { h, statusBadge, time, uniqueId, type Child } from './dom.js';
import { formatLocalDateTimeSeconds, humanize } from './format.js';
import { fieldLabel } from './labels.js';
import { href } from './routes.js';

/**
 * A line's past (API.md 17.1, issue 21): the "As it was on" picker that reloads the page with `as_of`, the banner
 * that marks that view as past and read-only, and the timeline of the line's own versions.
 */

export type LineVersion = ResponseOf<'/v2/orgs/{org}/subscriptions/{subscriptionId}/versions', 'get'>['items'][number];

/** Its embedded children change by their own events, not the line's: a version lists only the line's own fields. */
const EMBEDDED = new Set(['promotions', 'add_ons', 'devices']);

const EVENT_WORDS: Record<string, string> = {
  CreateEvent: 'Created',
  AttributeValueChangeEvent: 'Details changed',
  StateChangeEvent: 'Status changed',
  DeleteEvent: 'Deleted',
};

/** `SubscriptionStateChangeEvent` → "Status changed". */
export function eventInWords(eventType: string): string {
  const kind = Object.keys(EVENT_WORDS).find((suffix) => eventType.endsWith(suffix));
  return kind ? EVENT_WORDS[kind] : humanize(eventType.replace(/([a-z])([A-Z])/g, '$1_$2'));
}

/** The top-level fields whose value differs from the previous version's (the line's own fields only). */
export function changedFields(previous: Record<string, unknown> | undefined, current: Record<string, unknown>): string[] {
  if (!previous) return [];
  const names = new Set([...Object.keys(previous), ...Object.keys(current)]);
  return [...names].filter((name) => !EMBEDDED.has(name) && JSON.stringify(previous[name]) !== JSON.stringify(current[name]));
}

/** `2026-12-07T10:15:30Z` → the `datetime-local` value of that instant in the agent's time zone. */
function localInputValue(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** The picker, and, in a past view, what says so and the way back to now. */
export function asOfBar(org: string, id: string, asOf: string | undefined): HTMLElement {
  const inputId = uniqueId('as-of');
  const input = h('input', { id: inputId, name: 'as_of', type: 'datetime-local', step: '1', required: true, value: asOf ? localInputValue(asOf) : undefined });
  const form = h(
    'form',
    { class: 'as-of-form', 'aria-label': 'Point-in-time view' },
    h('label', { for: inputId }, 'As it was on'),
    ' ',
    input,
    ' ',
    h('button', { type: 'submit', class: 'button plain' }, 'Show'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    // A datetime-local value is the agent's local time: the API takes an instant with its zone.
    location.hash = href.subscription(org, id, new Date(input.value).toISOString().replace('.000Z', 'Z'));
  });
  if (!asOf) return h('div', { class: 'as-of-bar' }, form);
  return h(
    'div',
    { class: 'as-of-bar past-view', role: 'status', 'data-as-of': asOf },
    h('p', null, h('strong', null, 'Past view: '), 'the line as it was on ', time(asOf, { seconds: true }), '. Read-only: nothing can be changed here. ', h('a', { href: href.subscription(org, id), class: 'button primary', 'data-action': 'back-to-now' }, 'Back to now')),
    form,
  );
}

/** A version's line in the timeline: when, what kind of change, by whom, by which operation, which fields. */
function versionEntry(org: string, version: LineVersion, previous: LineVersion | undefined, current: boolean): HTMLElement {
  const fields = changedFields(previous?.resource as Record<string, unknown> | undefined, version.resource as Record<string, unknown>);
  return h(
    'li',
    { 'data-version': version.version, 'aria-current': current ? 'true' : undefined },
    h('a', { href: href.subscription(org, version.resource.id, version.date), title: `See the line as it was on ${formatLocalDateTimeSeconds(version.date)}` }, time(version.date, { seconds: true })),
    h('p', null, h('strong', { class: 'event' }, eventInWords(version.event_type)), ' ', statusBadge(version.resource.status), current ? h('span', { class: 'muted small' }, ' · shown above') : null),
    h('p', { class: 'muted small' }, `by ${version.identity.user} (${version.identity.system})`, version.operation_id ? ` · operation ${version.operation_id}` : ''),
    previous
      ? h('p', { class: 'small changed' }, fields.length > 0 ? ['Changed: ', fields.map(fieldLabel).join(', ')] : h('span', { class: 'muted' }, 'No field of the line changed (its version moved).'))
      : null,
  );
}

/**
 * Newest first. `earlier` is the version just before the oldest shown (when the list was cut), so that the oldest
 * shown still says what it changed; `asOf` marks the version the page shows.
 */
export interface LineVersions {
  versions: LineVersion[];
  earlier?: LineVersion;
  total: number;
}

export function versionsBody(org: string, { versions, earlier, total }: LineVersions, asOf: string | undefined): Child {
  const shown = asOf ? versions.filter((version) => Date.parse(version.date) <= Date.parse(asOf)).at(-1) : versions.at(-1);
  const entries = versions.map((version, index) => versionEntry(org, version, index === 0 ? earlier : versions[index - 1], version === shown)).reverse();
  return [
    versions.length === 0 ? h('p', { class: 'muted empty' }, 'No version.') : h('ol', { class: 'timeline versions' }, entries),
    total > versions.length ? h('p', { class: 'muted' }, `Showing the latest ${versions.length} of ${total}.`) : null,
  ];
}
