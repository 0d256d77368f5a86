import type { Subscription } from './api.js';
import { h, statusBadge, table, time, type Child } from './dom.js';
import { href } from './routes.js';

/** The identifier an agent recognises a line by, per type (API.md 3). */
const IDENTIFYING_FIELDS = ['msisdn', 'phone_number', 'registration_email', 'email', 'external_id', 'partner_account_id', 'user_id', 'service_id', 'legacy_service_id', 'imsi', 'main', 'device_id'];

export function lineIdentifier(subscription: Pick<Subscription, 'specific_data' | 'type'>): string {
  const data = (subscription.specific_data ?? {}) as Record<string, unknown>;
  for (const field of IDENTIFYING_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' && value !== '') return value;
  }
  const address = data.installation_address as { street?: string; city?: string } | undefined;
  if (address?.street) return [address.street, address.city].filter(Boolean).join(', ');
  return '—';
}

export interface LineRow {
  subscription: Subscription;
  /** Why this line is listed, when the match was not on the line itself (e.g. its device). */
  note?: string;
}

/** The list of lines of a search or a bundle: type, status, account, product, activation date. */
export function linesTable(org: string, caption: string, rows: LineRow[], options: { empty?: string } = {}): HTMLElement {
  return table<LineRow>(
    caption,
    [
      {
        label: 'Line',
        cell: ({ subscription, note }) =>
          [
            h('a', { href: href.subscription(org, subscription.id), class: 'line-link' }, lineIdentifier(subscription)),
            note ? h('div', { class: 'muted small' }, note) : null,
          ] as Child,
      },
      { label: 'Type', cell: ({ subscription }) => subscription.type },
      { label: 'Status', cell: ({ subscription }) => statusBadge(subscription.status) },
      { label: 'Account', cell: ({ subscription }) => subscription.account_id },
      { label: 'Product', cell: ({ subscription }) => subscription.catalogue_commercial_product_id },
      { label: 'Activated', cell: ({ subscription }) => time(subscription.activation_date) },
    ],
    rows,
    { empty: options.empty },
  );
}

/** Previous/next for an offset-paged list; `pageHref` builds the link to a page (1-based). */
export function pager(total: number, pageSize: number, current: number, pageHref: (page: number) => string): HTMLElement | null {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const from = (current - 1) * pageSize + 1;
  const to = Math.min(total, current * pageSize);
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    current > 1 ? h('a', { href: pageHref(current - 1), rel: 'prev', class: 'button plain' }, '← Previous') : h('span', { class: 'button plain disabled', 'aria-disabled': 'true' }, '← Previous'),
    h('span', { class: 'pager-status', 'aria-live': 'polite' }, `${from}–${to} of ${total} · page ${current} of ${pages}`),
    current < pages ? h('a', { href: pageHref(current + 1), rel: 'next', class: 'button plain' }, 'Next →') : h('span', { class: 'button plain disabled', 'aria-disabled': 'true' }, 'Next →'),
  );
}
