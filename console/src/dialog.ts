import { client, describeError, needsToken, waitForOperation, type AsyncOperation } from './api.js';
import { alertBox, h, replaceChildren, uniqueId, type Child } from './dom.js';
import { humanize } from './format.js';
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
  kind: 'select' | 'text' | 'number' | 'datetime';
  options?: Choice[];
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

export interface ActionSpec {
  title: string;
  fields: Field[];
  /** What the action will do with these values, in the agent's words. */
  effects: (values: Values) => Child[];
  confirmLabel: string;
  danger?: boolean;
  /** Sends the request; returns the operation of a 202 to follow it. */
  submit: (values: Values) => Promise<AsyncOperation | void>;
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

function control(field: Field, id: string, onInput: () => void): HTMLElement {
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

function valuesOf(form: HTMLFormElement, fields: Field[]): Values {
  const data = new FormData(form);
  return Object.fromEntries(fields.map((field) => [field.name, String(data.get(field.name) ?? '').trim()]));
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
      return h(
        'div',
        { class: 'field' },
        h('label', { for: id }, field.label, field.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
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
    replaceChildren(effects, spec.effects(valuesOf(form, spec.fields)).map((effect) => h('li', null, effect)));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    replaceChildren(problems);
    confirm.disabled = true;
    progress.textContent = 'Sending…';
    const values = valuesOf(form, spec.fields);
    try {
      const operation = await spec.submit(values);
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
      replaceChildren(problems, alertBox(message, details));
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
