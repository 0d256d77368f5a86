import { alertBox, button, h, replaceChildren, time, uniqueId } from './dom.js';
import { claims, decodeToken, grants, session, setToken, TOKEN_COMMAND, type TokenClaims } from './session.js';

/** The token prompt (API.md 1.3) and the header's statement of what the token grants. */

const listeners = new Set<() => void>();
/** Called whenever the token changes, so the header and the page show what it now grants. */
export function onTokenChange(listener: () => void): void {
  listeners.add(listener);
}

export function permissionsOf(tokenClaims: TokenClaims): string {
  const names = (['read', 'write', 'admin'] as const).filter((permission) => grants(tokenClaims.scopes, permission));
  return names.length > 0 ? names.join(', ') : 'none';
}

function grantSummary(tokenClaims: TokenClaims): HTMLElement {
  return h(
    'dl',
    { class: 'facts compact' },
    h('div', null, h('dt', null, 'Organisations'), h('dd', null, tokenClaims.orgs === '*' ? 'all' : tokenClaims.orgs.join(', ') || 'none')),
    h('div', null, h('dt', null, 'Permissions'), h('dd', null, permissionsOf(tokenClaims))),
    tokenClaims.subject ? h('div', null, h('dt', null, 'Subject'), h('dd', null, tokenClaims.subject)) : null,
    tokenClaims.expires ? h('div', null, h('dt', null, 'Expires'), h('dd', null, time(tokenClaims.expires.toISOString()))) : null,
  );
}

/** A token the service would refuse at once is refused here, with the reason, before it is kept. */
function usableToken(value: string): TokenClaims {
  const tokenClaims = decodeToken(value);
  if (tokenClaims.expires && tokenClaims.expires.getTime() <= Date.now()) {
    throw new Error(`This token expired on ${tokenClaims.expires.toLocaleString()}: get a new one (${TOKEN_COMMAND}).`);
  }
  return tokenClaims;
}

let pending: Promise<void> | undefined;

/** Asks for a bearer token; resolves once one is saved (or the agent closes the prompt). */
export function askForToken(reason?: string): Promise<void> {
  pending ??= new Promise<void>((resolve) => {
    const inputId = uniqueId('token');
    const titleId = uniqueId('token-title');
    const preview = h('div', { 'aria-live': 'polite' });
    const textarea = h('textarea', { id: inputId, name: 'token', rows: 4, required: true, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': `${inputId}-help` });
    const showPreview = () => {
      const value = textarea.value.trim().replace(/^Bearer\s+/i, '');
      if (!value) return replaceChildren(preview);
      try {
        replaceChildren(preview, h('p', null, 'This token grants:'), grantSummary(usableToken(value)));
      } catch (error) {
        replaceChildren(preview, alertBox((error as Error).message));
      }
    };
    textarea.addEventListener('input', showPreview);
    const form: HTMLFormElement = h(
      'form',
      { class: 'action-form' },
      reason ? alertBox(reason) : null,
      h('div', { class: 'field' }, h('label', { for: inputId }, 'Bearer token (JWT)'), textarea, h('p', { class: 'help', id: `${inputId}-help` }, 'Kept in this browser tab only, and forgotten when the tab closes. No token? Whoever runs the service mints one with ', h('code', null, TOKEN_COMMAND), ' (see Authentication in the README).')),
      preview,
      h('div', { class: 'dialog-buttons' }, button('Cancel', () => dialog.close()), h('button', { type: 'submit', class: 'button primary' }, 'Use this token')),
    );
    const dialog: HTMLDialogElement = h('dialog', { class: 'action-dialog token-dialog', 'aria-labelledby': titleId }, h('h2', { id: titleId }, 'Sign in with a token'), form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = textarea.value.trim().replace(/^Bearer\s+/i, '');
      try {
        usableToken(value);
      } catch (error) {
        replaceChildren(preview, alertBox((error as Error).message));
        return;
      }
      setToken(value);
      dialog.close();
      for (const listener of listeners) listener();
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      pending = undefined;
      resolve();
    });
    document.body.append(dialog);
    dialog.showModal();
  });
  return pending;
}

/** The header's identity area: what the token grants, or that the service is open. */
export function identityArea(): HTMLElement {
  if (!session.authentication) return h('p', { class: 'identity muted' }, 'Authentication is off: every action is offered.');
  const current = claims();
  if (!current) return h('div', { class: 'identity' }, button('Sign in with a token', () => void askForToken(), { variant: 'primary', name: 'sign-in' }));
  return h(
    'div',
    { class: 'identity', 'aria-label': 'Signed in' },
    h(
      'p',
      null,
      current.subject ? h('strong', null, current.subject) : 'Token',
      ' · org ',
      h('span', { class: 'token-orgs' }, current.orgs === '*' ? 'all' : current.orgs.join(', ')),
      ' · permissions ',
      h('span', { class: 'token-permissions' }, permissionsOf(current)),
    ),
    button('Change token', () => void askForToken(), { name: 'change-token' }),
    button('Forget token', () => {
      setToken(undefined);
      for (const listener of listeners) listener();
    }, { name: 'forget-token' }),
  );
}
