import { client, describeError, InventoryApiError, needsToken, waitForOperation, type AsyncOperation } from './api.js';
import { alertBox, button, h, replaceChildren, uniqueId, type Child } from './dom.js';
import { formatLocalDateTime, humanize } from './format.js';
import { fieldLabel } from './labels.js';
import { askForToken } from './token.js';

/**
 * Every action goes through one kind of dialog: the contract's inputs (reason values first), what will happen,
 * then the answer — a 202 is followed to the end of its operation — and the page refreshes.
 */

export interface Choice {
  value: string;
  label: string;
}

export interface Field {
  name: string;
  label: string;
  /**
   * `reason`: a free-text reason offered as choices, where "Other" opens a text box whose words are the reason.
   * `rows`: a list of records (a device's commitments), each with the `columns` fields, added and removed at will.
   */
  kind: 'select' | 'text' | 'number' | 'datetime' | 'reason' | 'rows';
  options?: Choice[];
  columns?: Field[];
  /** `rows`: the button that adds one, e.g. "Add a commitment". */
  addLabel?: string;
  required?: boolean;
  value?: string;
  help?: string;
  /** Offered values for a free-text field. */
  suggestions?: string[];
  min?: number;
  max?: number;
  step?: string;
  maxLength?: number;
}

export type Values = Record<string, string>;
/** The records of each `rows` field, in the order shown. */
export type Lists = Record<string, Values[]>;

export interface ActionSpec {
  title: string;
  fields: Field[];
  /** What the action will do with these values, in the agent's words. */
  effects: (values: Values, lists: Lists) => Child[];
  confirmLabel: string;
  danger?: boolean;
  /** Sends the request; returns the operation of a 202 to follow it. */
  submit: (values: Values, lists: Lists) => Promise<AsyncOperation | void>;
  /** Whether to wait for the operation: not for one scheduled for a later date. Default: always. */
  follow?: (values: Values) => boolean;
  /** Called once the change is done (and the operation SUCCEEDED): refresh what shows it. */
  onDone: () => Promise<void> | void;
  org: string;
}

/** Every reason value of a contract enum, each with its label; a value added to or removed from the contract fails to compile. */
export function choices<Value extends string>() {
  return <Labels extends Record<Value, string>>(labels: Labels & Record<Exclude<keyof Labels, Value>, never>): Choice[] =>
    Object.entries(labels as Record<string, string>).map(([value, label]) => ({ value, label }));
}

export const enumChoices = (values: readonly string[]): Choice[] => values.map((value) => ({ value, label: humanize(value) }));

/** The choice of a `reason` field that asks for the reason in the agent's own words. */
export const OTHER_REASON = 'OTHER';

function reasonControl(field: Field, id: string, onInput: () => void): HTMLElement {
  const text = h('input', { id: `${id}-other`, name: `${field.name}.other`, type: 'text', maxlength: field.maxLength, autocomplete: 'off' });
  const other = h('div', { class: 'other-reason', hidden: true }, h('label', { for: `${id}-other` }, 'In your own words'), text);
  const select = h(
    'select',
    { id, name: field.name, required: field.required, 'aria-describedby': field.help ? `${id}-help` : undefined },
    h('option', { value: '' }, field.required ? 'Choose…' : 'No reason'),
    (field.options ?? []).map((option) => h('option', { value: option.value, selected: option.value === field.value }, option.label)),
  );
  const sync = () => {
    const wantsText = select.value === OTHER_REASON;
    other.hidden = !wantsText;
    text.required = wantsText;
    onInput();
  };
  select.addEventListener('change', () => {
    sync();
    if (select.value === OTHER_REASON) text.focus();
  });
  text.addEventListener('input', onInput);
  return h('div', { class: 'reason-control' }, select, other);
}

/** The rows of a `rows` field: one line of inputs per record, with its own remove button. */
function rowsControl(field: Field, id: string, onInput: () => void): HTMLElement {
  const list = h('ol', { class: 'rows', 'data-rows': field.name });
  const renumber = () =>
    [...list.children].forEach((row, index) => {
      row.querySelector('legend')!.textContent = `${humanize(field.label.replace(/s$/, ''))} ${index + 1}`;
      row.setAttribute('data-row', String(index));
    });
  const addRow = () => {
    const rowId = uniqueId(`${field.name}-row`);
    const row = h(
      'li',
      { class: 'row' },
      h(
        'fieldset',
        null,
        h('legend', null, ''),
        (field.columns ?? []).map((column) => {
          const inputId = `${rowId}-${column.name}`;
          return h('div', { class: 'field', 'data-field': column.name }, h('label', { for: inputId }, column.label, column.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null), control(column, inputId, onInput));
        }),
        button(`Remove`, () => {
          row.remove();
          renumber();
          onInput();
        }, { name: 'remove-row' }),
      ),
    );
    list.append(row);
    renumber();
    onInput();
    row.querySelector<HTMLElement>('input, select')?.focus();
  };
  return h('div', { class: 'rows-control', id }, list, button(field.addLabel ?? 'Add', addRow, { name: `add-${field.name}` }));
}

function control(field: Field, id: string, onInput: () => void): HTMLElement {
  if (field.kind === 'reason') return reasonControl(field, id, onInput);
  if (field.kind === 'rows') return rowsControl(field, id, onInput);
  const common = { id, name: field.name, required: field.required, 'aria-describedby': field.help ? `${id}-help` : undefined, oninput: onInput, onchange: onInput };
  if (field.kind === 'select') {
    return h(
      'select',
      common,
      field.required && !field.value ? h('option', { value: '' }, 'Choose…') : null,
      (field.options ?? []).map((option) => h('option', { value: option.value, selected: option.value === field.value }, option.label)),
    );
  }
  const listId = field.suggestions ? `${id}-suggestions` : undefined;
  const input = h('input', {
    ...common,
    type: field.kind === 'datetime' ? 'datetime-local' : field.kind,
    value: field.value,
    min: field.min,
    max: field.max,
    step: field.step,
    maxlength: field.maxLength,
    list: listId,
    autocomplete: 'off',
  });
  return listId ? h('span', null, input, h('datalist', { id: listId }, (field.suggestions ?? []).map((value) => h('option', { value })))) : input;
}

function valueOf(scope: HTMLElement, field: Field): string {
  const read = (name: string) => String(scope.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${CSS.escape(name)}"]`)?.value ?? '').trim();
  const value = read(field.name);
  return field.kind === 'reason' && value === OTHER_REASON ? read(`${field.name}.other`) : value;
}

function valuesOf(form: HTMLFormElement, fields: Field[]): { values: Values; lists: Lists } {
  const values: Values = {};
  const lists: Lists = {};
  for (const field of fields) {
    if (field.kind === 'rows') {
      const rows = [...form.querySelectorAll<HTMLElement>(`[data-rows="${field.name}"] > li`)];
      lists[field.name] = rows.map((row) => Object.fromEntries((field.columns ?? []).map((column) => [column.name, valueOf(row.querySelector(`[data-field="${column.name}"]`)!, column)])));
    } else values[field.name] = valueOf(form, field);
  }
  return { values, lists };
}

const ISO_DATE_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z\b/g;
const shortLabel = (label: string) => label.replace(/\s*\([^)]*\)$/, '');

/** A message of the contract in the form's words: its field names as the form labels them, its UTC times in the agent's zone. */
function readable(message: string, fields: Field[]): string {
  let text = message.replace(ISO_DATE_TIME, (iso) => formatLocalDateTime(iso));
  for (const field of fields) text = text.replace(new RegExp(`\\b${field.name}\\b`, 'g'), `“${shortLabel(field.label)}”`);
  return text;
}

/**
 * The contract's problems beside the inputs they concern: a detail's JSON pointer (`/commitments/0/expiration_date`)
 * or, for a rule's message without details, the first field the message names. Returns the readable list for the alert.
 */
function markProblems(form: HTMLFormElement, fields: Field[], error: InventoryApiError): string[] {
  const fieldAt = (pointer: string): { element: HTMLElement; label: string } | undefined => {
    const [name, index, column] = pointer.replace(/^\//, '').split('/');
    const field = fields.find((candidate) => candidate.name === name);
    if (!field) return undefined;
    if (field.kind === 'rows' && index !== undefined) {
      const row = form.querySelectorAll<HTMLElement>(`[data-rows="${field.name}"] > li`)[Number(index)];
      const cell = column ? row?.querySelector<HTMLElement>(`[data-field="${CSS.escape(column)}"]`) : row;
      const columnField = field.columns?.find((candidate) => candidate.name === column);
      return cell ? { element: cell, label: `${humanize(field.label.replace(/s$/, ''))} ${Number(index) + 1} › ${columnField?.label ?? fieldLabel(column ?? '')}` } : undefined;
    }
    const element = form.querySelector<HTMLElement>(`[name="${CSS.escape(field.name)}"]`)?.closest<HTMLElement>('.field');
    return element ? { element, label: field.label } : undefined;
  };
  const mark = (target: { element: HTMLElement }, message: string) => {
    const id = uniqueId('problem');
    target.element.classList.add('invalid');
    target.element.append(h('p', { class: 'field-problem', id }, message));
    const input = target.element.querySelector('input, select');
    input?.setAttribute('aria-invalid', 'true');
    input?.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  };
  const details = error.details ?? [];
  if (details.length === 0) {
    // The field the message names first is the one at fault ("down_payment 900 must be less than total_amount 899.9").
    const named = fields
      .map((field) => ({ field, at: error.message.search(new RegExp(`\\b${field.name}\\b`)) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => a.at - b.at)[0]?.field;
    const target = named && fieldAt(`/${named.name}`);
    if (target) mark(target, readable(error.message, fields));
    return [];
  }
  return details.map((detail) => {
    const target = detail.path ? fieldAt(detail.path) : undefined;
    // Ajv's messages start with the field as the API names it: the form's label says it better.
    const message = readable(detail.path ? detail.message.replace(/^[\w.]+ /, '') : detail.message, fields);
    if (!target) return detail.path ? `${fieldLabel(detail.path.split('/').pop() ?? '')}: ${message}` : message;
    mark(target, message);
    return `${target.label}: ${message}`;
  });
}

function clearProblems(form: HTMLFormElement): void {
  form.querySelectorAll('.field-problem').forEach((problem) => problem.remove());
  form.querySelectorAll('.invalid').forEach((element) => element.classList.remove('invalid'));
  form.querySelectorAll('[aria-invalid]').forEach((input) => {
    input.removeAttribute('aria-invalid');
    const kept = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.startsWith('problem-'));
    if (kept.length > 0) input.setAttribute('aria-describedby', kept.join(' '));
    else input.removeAttribute('aria-describedby');
  });
}

/** A `datetime-local` value read in the agent's time zone, as the API's UTC date-time. */
export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}

/** How to find the opener again once the page re-rendered: its action within the row or section that holds it. */
function openerSelector(opener: HTMLElement | null): string | undefined {
  const action = opener?.getAttribute('data-action');
  const holder = opener?.closest('[data-promotion],[data-add-on],[data-commitment],[data-device],section[id]');
  if (!action || !holder) return undefined;
  const identity = [...holder.attributes].find((attribute) => attribute.name.startsWith('data-') || attribute.name === 'id');
  return identity ? `[${identity.name}="${CSS.escape(identity.value)}"] [data-action="${CSS.escape(action)}"]` : undefined;
}

function restoreFocus(selector: string | undefined): void {
  const again = selector ? document.querySelector<HTMLElement>(selector) : null;
  if (again) again.focus();
  else document.getElementById('main')?.focus({ preventScroll: true });
}

export function openAction(spec: ActionSpec): HTMLDialogElement {
  const opener = document.activeElement as HTMLElement | null;
  const reopen = openerSelector(opener);
  const titleId = uniqueId('dialog-title');
  const effects = h('ul', { class: 'effects' });
  const progress = h('p', { class: 'operation-status', role: 'status', 'aria-live': 'polite' });
  const problems = h('div', { class: 'problems' });
  const confirm = h('button', { type: 'submit', class: `button ${spec.danger ? 'danger' : 'primary'}` }, spec.confirmLabel);
  const cancel = h('button', { type: 'button', class: 'button plain', onclick: () => dialog.close() }, 'Cancel');
  const form: HTMLFormElement = h(
    'form',
    { class: 'action-form' },
    spec.fields.map((field) => {
      const id = uniqueId(`field-${field.name}`);
      const required = field.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null;
      return h(
        'div',
        { class: 'field', 'data-field': field.name },
        field.kind === 'rows' ? h('h3', { class: 'field-title' }, field.label) : h('label', { for: id }, field.label, required),
        control(field, id, () => showEffects()),
        field.help ? h('p', { class: 'help', id: `${id}-help` }, field.help) : null,
      );
    }),
    h('section', { class: 'will-happen', 'aria-label': 'What will happen' }, h('h3', null, 'What will happen'), effects),
    progress,
    problems,
    h('div', { class: 'dialog-buttons' }, cancel, confirm),
  );
  const dialog: HTMLDialogElement = h('dialog', { class: 'action-dialog', 'aria-labelledby': titleId }, h('h2', { id: titleId }, spec.title), form);

  function showEffects(): void {
    const { values, lists } = valuesOf(form, spec.fields);
    replaceChildren(effects, spec.effects(values, lists).map((effect) => h('li', null, effect)));
  }

  // A problem the agent is correcting stops being shown beside that input.
  form.addEventListener('input', (event) => {
    const field = (event.target as HTMLElement).closest('.invalid');
    if (!field) return;
    field.classList.remove('invalid');
    field.querySelectorAll('.field-problem').forEach((problem) => problem.remove());
    field.querySelector('[aria-invalid]')?.removeAttribute('aria-invalid');
    if (!form.querySelector('.invalid')) replaceChildren(problems);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    replaceChildren(problems);
    clearProblems(form);
    confirm.disabled = true;
    progress.textContent = 'Sending…';
    const { values, lists } = valuesOf(form, spec.fields);
    try {
      const operation = await spec.submit(values, lists);
      if (operation && spec.follow && !spec.follow(values)) {
        progress.textContent = `Scheduled: operation ${operation.id} is ${operation.status}.`;
      } else if (operation) {
        progress.textContent = `Accepted: operation ${operation.id} is ${operation.status}…`;
        const finished = await waitForOperation(client, spec.org, operation.id, {
          onUpdate: (current) => (progress.textContent = `Operation ${current.id} is ${current.status}…`),
        });
        if (finished.status === 'FAILED') {
          progress.textContent = `Operation ${finished.id} FAILED: nothing was changed.`;
          replaceChildren(problems, alertBox(finished.error?.message ?? 'The operation failed.'));
          confirm.hidden = true;
          cancel.textContent = 'Close';
          await spec.onDone();
          return;
        }
        progress.textContent = `Operation ${finished.id} SUCCEEDED.`;
      } else progress.textContent = 'Done.';
      done = true;
      dialog.close();
      await spec.onDone();
      restoreFocus(reopen);
    } catch (error) {
      progress.textContent = '';
      confirm.disabled = false;
      if (needsToken(error)) {
        await askForToken(describeError(error).message);
        return;
      }
      const { message, details } = describeError(error);
      replaceChildren(problems, error instanceof InventoryApiError ? alertBox(readable(message, spec.fields), markProblems(form, spec.fields, error)) : alertBox(message, details));
    }
  });
  let done = false;
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (done) return;
    if (opener?.isConnected) opener.focus();
    else restoreFocus(reopen);
  });
  document.body.append(dialog);
  showEffects();
  dialog.showModal();
  return dialog;
}
