import { client, offsetPage, ok } from './api.js';
import { definitionList, h, replaceChildren, section, statusBadge, time } from './dom.js';
import { linesTable, pager } from './lines.js';
import { href } from './routes.js';
import { PAGE_SIZE } from './search.js';

/** A bundle and its lines (API.md 2.3), in one round of two parallel calls. */
export async function renderBundle(main: HTMLElement, org: string, id: string, page: number): Promise<void> {
  const [bundle, lines] = await Promise.all([
    ok(client.GET('/v2/orgs/{org}/bundles/{bundleId}', { params: { path: { org, bundleId: id } } })),
    ok(client.GET('/v2/orgs/{org}/bundles/{bundleId}/subscriptions', { params: { path: { org, bundleId: id }, query: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } } })).then(offsetPage),
  ]);
  replaceChildren(
    main,
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'bundle-title' },
      h('div', { class: 'panel-head' }, h('h1', { id: 'bundle-title', tabindex: '-1' }, 'Bundle ', h('span', { class: 'identifier' }, bundle.catalogue_bundled_commercial_product_id), ' ', statusBadge(bundle.status))),
      definitionList([
        ['Bundle id', h('code', null, bundle.id)],
        ['Account', `${bundle.account_id}${bundle.legacy_account_id !== null ? ` (legacy ${bundle.legacy_account_id})` : ''}`],
        ['Legacy id', bundle.legacy_id === null ? null : String(bundle.legacy_id)],
        ['Created', h('span', null, time(bundle.creation_date), ` by ${bundle.creation_user}`)],
        ['Last updated', time(bundle.last_updated_date)],
      ]),
    ),
    section(
      'Lines',
      { id: 'lines', count: lines.total },
      linesTable(org, 'Lines of the bundle', lines.items.map((subscription) => ({ subscription })), { empty: 'This bundle has no line.' }),
      pager(lines.total, PAGE_SIZE, page, (target) => href.bundle(org, id, target)),
    ),
  );
}
