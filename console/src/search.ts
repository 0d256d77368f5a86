import { client, InventoryApiError, isNotFound, offsetPage, ok, type Device, type Subscription } from './api.js';
import { alertBox, h, replaceChildren } from './dom.js';
import { linesTable, pager, type LineRow } from './lines.js';
import { href } from './routes.js';
import { INTERPRETATION_LABELS, interpretSearch, MSISDN_PREFIX_DIGITS, type Interpretation } from './search-terms.js';

/** Find: one box, every identifier the text may be, asked in parallel (API.md 2.2, 3, 5.2). */

export const PAGE_SIZE = 20;

interface Found {
  rows: LineRow[];
  total: number;
}

const nothing: Found = { rows: [], total: 0 };
const lines = (set: { items: Subscription[]; total?: number }): Found => ({ rows: set.items.map((subscription) => ({ subscription })), total: offsetPage(set).total });

async function linesOfDevices(org: string, devices: Device[], page: number, match: string): Promise<Found> {
  const holders = [...new Map(devices.map((device) => [device.subscription_id, device])).values()];
  const onPage = holders.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const rows = await Promise.all(
    onPage.map(async (device) => ({
      subscription: await ok(client.GET('/v2/orgs/{org}/subscriptions/{subscriptionId}', { params: { path: { org, subscriptionId: device.subscription_id } } })),
      note: `Device ${device.catalogue_commercial_device_id} · ${match}`,
    })),
  );
  return { rows, total: holders.length };
}

/** A number too short to be looked up as one: said plainly, since the API searches MSISDNs from their 6th digit. */
function shortNumberHint(text: string): string | undefined {
  const digits = text.replace(/\D/g, '');
  if (!/^[+\d\s\-.()]+$/.test(text.trim()) || digits.length === 0 || digits.length >= MSISDN_PREFIX_DIGITS) return undefined;
  return `A phone number needs at least ${MSISDN_PREFIX_DIGITS} digits to be searched: “${text}” has ${digits.length}.`;
}

/** One page of the lines matching one reading of the search text. */
export async function findLines(org: string, interpretation: Interpretation, page: number): Promise<Found> {
  const paging = { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
  const { value } = interpretation;
  switch (interpretation.kind) {
    case 'subscription_id':
      try {
        const subscription = await ok(client.GET('/v2/orgs/{org}/subscriptions/{subscriptionId}', { params: { path: { org, subscriptionId: value } } }));
        return { rows: [{ subscription }], total: 1 };
      } catch (error) {
        if (isNotFound(error)) return nothing;
        throw error;
      }
    case 'bundle_id':
      try {
        return lines(await ok(client.GET('/v2/orgs/{org}/bundles/{bundleId}/subscriptions', { params: { path: { org, bundleId: value }, query: paging } })));
      } catch (error) {
        if (isNotFound(error)) return nothing;
        throw error;
      }
    case 'mobile_msisdn':
      return lines(await ok(client.GET('/v2/orgs/{org}/subscriptions/mobile', { params: { path: { org }, query: { ...paging, msisdn: value } } })));
    case 'multisim_msisdn':
      return lines(await ok(client.GET('/v2/orgs/{org}/subscriptions/multisim', { params: { path: { org }, query: { ...paging, msisdn: value } } })));
    case 'msisdn_prefix':
      return lines(await ok(client.GET('/v2/orgs/{org}/subscriptions/mobile', { params: { path: { org }, query: { ...paging, msisdn_prefix: value } } })));
    case 'landline_phone_number':
      return lines(await ok(client.GET('/v2/orgs/{org}/subscriptions/landline', { params: { path: { org }, query: { ...paging, phone_number: value } } })));
    case 'imsi':
      return lines(await ok(client.GET('/v2/orgs/{org}/subscriptions/mobile', { params: { path: { org }, query: { ...paging, imsi: value } } })));
    case 'iccid':
      return lines(await ok(client.GET('/v2/orgs/{org}/subscriptions/mobile', { params: { path: { org }, query: { ...paging, iccid: value } } })));
    case 'registration_email':
      return lines(await ok(client.GET('/v2/orgs/{org}/subscriptions/orange_tv_libre', { params: { path: { org }, query: { ...paging, registration_email: value } } })));
    case 'legacy_id':
    case 'legacy_account_id':
    case 'legacy_bundle_id':
    case 'account_id':
      return lines(await ok(client.GET('/v2/orgs/{org}/subscriptions', { params: { path: { org }, query: { ...paging, [interpretation.kind]: value } } })));
    case 'mac_address': {
      const devices = await ok(client.GET('/v2/orgs/{org}/devices', { params: { path: { org }, query: { mac_address: value } } }));
      return linesOfDevices(org, devices, page, `MAC ${value}`);
    }
    case 'serial_number': {
      const devices = await ok(client.GET('/v2/orgs/{org}/devices', { params: { path: { org }, query: { serial_number: value } } }));
      return linesOfDevices(org, devices, page, `serial ${value}`);
    }
  }
}

/** A label inside a sentence: its first letter lower-cased, its acronyms (MSISDN, IMSI, MAC) kept. */
const inSentence = (label: string) => (/^[A-Z]{2,}\b/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1));

/** The id of the line every match is, when the matches (all of them on their first page) are one line. */
function singleLine(matches: Array<{ found: Found }>): string | undefined {
  if (matches.length === 0 || matches.some(({ found }) => found.total > found.rows.length)) return undefined;
  const ids = new Set(matches.flatMap(({ found }) => found.rows.map((row) => row.subscription.id)));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** A guess the API refuses (a number that is no valid MSISDN, say) is simply not a match; access problems are. */
const isRefusedGuess = (error: unknown) => error instanceof InventoryApiError && error.status === 400;

export async function renderSearch(main: HTMLElement, org: string, text: string, selected: string | undefined, page: number): Promise<void> {
  const readings = interpretSearch(text);
  const hint = shortNumberHint(text);
  if (readings.length === 0) {
    replaceChildren(
      main,
      h('h1', { tabindex: '-1' }, 'Find a line'),
      hint ? alertBox(hint) : null,
      h('p', null, 'Type an MSISDN in any form (611 22 33 44, +34611223344), an account id, a legacy id, a subscription or bundle id, a MAC address in any separator style, a device serial number or the e-mail of a streaming line.'),
    );
    return;
  }
  const outcomes = await Promise.all(
    readings.map(async (reading) => {
      try {
        return { reading, found: await findLines(org, reading, reading.kind === selected ? page : 1) };
      } catch (error) {
        if (isRefusedGuess(error)) return { reading, found: nothing, refused: error as InventoryApiError };
        throw error;
      }
    }),
  );
  const matches = outcomes.filter((outcome) => outcome.found.total > 0);
  const only = singleLine(matches);
  if (only) {
    // One line, however many readings found it: open it. Replacing the entry keeps Back from landing here again.
    replaceChildren(main, h('p', { role: 'status' }, 'One line matches: opening it…'));
    location.replace(href.subscription(org, only));
    return;
  }
  const heading = h('h1', { tabindex: '-1' }, 'Lines matching ', h('q', null, text));
  if (matches.length === 0) {
    const refusals = outcomes.filter((outcome) => outcome.refused);
    replaceChildren(
      main,
      heading,
      refusals.length === outcomes.length && refusals[0]?.refused
        ? alertBox(refusals[0].refused.message)
        : h('p', { class: 'empty', role: 'status' }, `No line matches “${text}” in ${org}. Looked for it as: ${readings.map((reading) => inSentence(INTERPRETATION_LABELS[reading.kind])).join(', ')}.${hint ? ` ${hint}` : ''}`),
    );
    return;
  }
  const current = matches.find((outcome) => outcome.reading.kind === selected) ?? matches[0];
  const currentPage = current.reading.kind === selected ? page : 1;
  replaceChildren(
    main,
    heading,
    h(
      'nav',
      { class: 'match-kinds', 'aria-label': 'Matched as' },
      h('span', { class: 'muted' }, 'Matched as: '),
      matches.map((outcome) =>
        h(
          'a',
          { href: href.search(org, text, { as: outcome.reading.kind }), class: 'chip', 'aria-current': outcome === current ? 'true' : undefined },
          `${INTERPRETATION_LABELS[outcome.reading.kind]} (${outcome.found.total})`,
        ),
      ),
    ),
    h('p', { class: 'muted', role: 'status' }, `${current.found.total} line${current.found.total === 1 ? '' : 's'} by ${inSentence(INTERPRETATION_LABELS[current.reading.kind])}: ${current.reading.value}`),
    linesTable(org, `Lines matching ${text}`, current.found.rows),
    pager(current.found.total, PAGE_SIZE, currentPage, (target) => href.search(org, text, { as: current.reading.kind, page: target })),
  );
}
