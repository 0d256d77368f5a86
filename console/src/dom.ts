import { formatLocalDate, formatLocalDateTime, formatLocalDateTimeSeconds, utcTitle } from './format.js';

/** A few lines instead of a framework: build elements declaratively, render sections, label everything. */

export type Child = Node | string | number | null | undefined | false | Child[];
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, attributes: Attributes | null = null, ...children: Child[]): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else if (name === 'value' && 'value' in element) (element as HTMLInputElement).value = String(value);
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

let sequence = 0;
export const uniqueId = (prefix: string) => `${prefix}-${++sequence}`;

/** A date in the agent's time zone; the API's UTC value on hover (and for screen readers, in `datetime`). */
export function time(iso: string | null | undefined, options: { dateOnly?: boolean; seconds?: boolean } = {}): Node {
  if (!iso) return h('span', { class: 'muted' }, '—');
  return h('time', { datetime: iso, title: utcTitle(iso) }, options.dateOnly ? formatLocalDate(iso) : options.seconds ? formatLocalDateTimeSeconds(iso) : formatLocalDateTime(iso));
}

export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `badge status-${status.toLowerCase()}` }, status);
}

export interface Column<Row> {
  label: string;
  cell: (row: Row) => Child;
  className?: string;
}

/** A table that becomes a stack of labelled cards on a phone (CSS reads `data-label`). */
export function table<Row>(caption: string, columns: Column<Row>[], rows: Row[], options: { empty?: string; rowAttributes?: (row: Row) => Attributes } = {}): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'muted empty' }, options.empty ?? 'None.');
  return h(
    'table',
    { class: 'data' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', null, h('tr', null, columns.map((column) => h('th', { scope: 'col', class: column.className }, column.label)))),
    h(
      'tbody',
      null,
      rows.map((row) =>
        h('tr', options.rowAttributes?.(row) ?? null, columns.map((column) => h('td', { 'data-label': column.label, class: column.className }, column.cell(row)))),
      ),
    ),
  );
}

/** A titled section of a page with its own actions. */
export function section(title: string, options: { id?: string; actions?: Child; count?: number } = {}, ...body: Child[]): HTMLElement {
  const headingId = uniqueId('heading');
  return h(
    'section',
    { class: 'panel', id: options.id, 'aria-labelledby': headingId },
    h(
      'div',
      { class: 'panel-head' },
      h('h2', { id: headingId }, title, options.count !== undefined ? h('span', { class: 'count' }, ` (${options.count})`) : null),
      options.actions ? h('div', { class: 'actions' }, options.actions) : null,
    ),
    body,
  );
}

export function button(label: string, onClick: () => void, options: { variant?: 'primary' | 'danger' | 'plain'; describedBy?: string; name?: string } = {}): HTMLButtonElement {
  return h('button', { type: 'button', class: `button ${options.variant ?? 'plain'}`, onclick: () => onClick(), 'aria-describedby': options.describedBy, 'data-action': options.name }, label);
}

export function definitionList(entries: Array<[string, Child]>): HTMLElement {
  return h('dl', { class: 'facts' }, entries.map(([term, value]) => h('div', null, h('dt', null, term), h('dd', null, value ?? '—'))));
}

export function alertBox(message: Child, details: string[] = []): HTMLElement {
  return h('div', { class: 'alert', role: 'alert' }, h('p', null, message), details.length > 0 ? h('ul', null, details.map((detail) => h('li', null, detail))) : null);
}
