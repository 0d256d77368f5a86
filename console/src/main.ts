import { describeError, needsToken } from './api.js';
import { renderBatch, renderBatchResult } from './batch.js';
import { renderBundle } from './bundle.js';
import { alertBox, h, replaceChildren } from './dom.js';
import { href, parseRoute, type Route } from './routes.js';
import { renderSearch } from './search.js';
import { can, claims, rememberedOrg, rememberOrg, session } from './session.js';
import { renderSubscription } from './subscription.js';
import { askForToken, identityArea, onTokenChange } from './token.js';

/** The shell: header (organisation, search, batch, identity), the page of the URL fragment, and its errors. */

const ORG_PATTERN = '[a-z0-9_\\-]{1,64}';

const main = document.getElementById('main') as HTMLElement;
const identity = document.getElementById('identity') as HTMLElement;
const searchForm = document.getElementById('search-form') as HTMLFormElement;
const orgInput = document.getElementById('org') as HTMLInputElement;
const queryInput = document.getElementById('q') as HTMLInputElement;
const orgChoices = document.getElementById('org-choices') as HTMLDataListElement;
const batchLink = document.getElementById('batch-link') as HTMLAnchorElement;

orgInput.pattern = ORG_PATTERN;
// Filled before the first render's await: an agent who starts typing at once must not get the remembered org appended.
orgInput.value = rememberedOrg() ?? '';

let renderCount = 0;

function currentOrg(): string {
  return orgInput.value.trim();
}

function syncHeader(route: Route): void {
  if ('org' in route) {
    orgInput.value = route.org;
    rememberOrg(route.org);
  } else if (!orgInput.value && document.activeElement !== orgInput) orgInput.value = rememberedOrg() ?? '';
  if (route.page === 'search') queryInput.value = route.q;
  const granted = claims()?.orgs;
  replaceChildren(orgChoices, Array.isArray(granted) ? granted.map((org) => h('option', { value: org })) : []);
  batchLink.href = currentOrg() ? href.batch(currentOrg()) : '#/';
  // A batch needs subscriptions:admin: a token without it is not shown the way there.
  batchLink.hidden = !can('admin');
  replaceChildren(identity, identityArea());
}

function home(): void {
  replaceChildren(
    main,
    h('h1', { tabindex: '-1' }, 'Find a line'),
    h('p', null, 'Choose the organisation, then type what the customer gave you: an MSISDN in any form (611 22 33 44, +34611223344), an account id, a legacy id, a subscription or bundle id, a MAC address in any separator style, a device serial number, or the e-mail of a streaming line.'),
  );
}

async function render(): Promise<void> {
  const route = parseRoute(location.hash);
  const ticket = ++renderCount;
  syncHeader(route);
  main.setAttribute('aria-busy', 'true');
  delete main.dataset.loadMs;
  delete main.dataset.complete;
  const refresh = () => render();
  try {
    switch (route.page) {
      case 'home':
        home();
        break;
      case 'search':
        await renderSearch(main, route.org, route.q, route.as, route.page_number);
        break;
      case 'subscription':
        await renderSubscription(main, route.org, route.id, route.as_of, refresh);
        break;
      case 'bundle':
        await renderBundle(main, route.org, route.id, route.page_number);
        break;
      case 'batch':
        await renderBatch(main, route.org, route.page_number);
        break;
      case 'batch-result':
        await renderBatchResult(main, route.org, route.id, route.failed_only, route.page_number);
        break;
    }
  } catch (error) {
    if (ticket !== renderCount) return;
    if (needsToken(error)) {
      replaceChildren(main, h('h1', { tabindex: '-1' }, 'A token is needed'), alertBox(describeError(error).message));
      await askForToken(describeError(error).message);
      return;
    }
    const { message, details } = describeError(error);
    replaceChildren(main, h('h1', { tabindex: '-1' }, 'This page cannot be shown'), alertBox(message, details));
  } finally {
    if (ticket === renderCount) main.removeAttribute('aria-busy');
  }
}

/** Moves focus to the new page's heading, as a page load would, when the agent navigated. */
function focusHeading(): void {
  const heading = main.querySelector<HTMLElement>('h1');
  heading?.focus({ preventScroll: false });
}

// The link follows the organisation as it is typed; without one it asks for it instead of going nowhere.
orgInput.addEventListener('input', () => {
  orgInput.setCustomValidity('');
  batchLink.href = currentOrg() ? href.batch(currentOrg()) : '#/';
});
batchLink.addEventListener('click', (event) => {
  event.preventDefault();
  const org = currentOrg();
  orgInput.setCustomValidity(org ? '' : 'Choose the organisation first: its batches are shown.');
  if (!orgInput.reportValidity()) return void orgInput.focus();
  location.hash = href.batch(org);
});

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!searchForm.reportValidity()) return;
  location.hash = href.search(currentOrg(), queryInput.value.trim());
});

window.addEventListener('hashchange', () => void render().then(focusHeading));
onTokenChange(() => void render());

async function start(): Promise<void> {
  try {
    const response = await fetch('/console/config.json');
    session.authentication = response.ok ? Boolean(((await response.json()) as { authentication?: boolean }).authentication) : false;
  } catch {
    session.authentication = false;
  }
  if (session.authentication && !claims()) {
    syncHeader(parseRoute(location.hash));
    await askForToken('This service needs a bearer token.');
  }
  await render();
}

void start();
