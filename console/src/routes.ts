/** The console's pages live in the URL fragment, so any page can be bookmarked, shared and reloaded. */

export type Route =
  | { page: 'home' }
  | { page: 'search'; org: string; q: string; as?: string; page_number: number }
  | { page: 'subscription'; org: string; id: string; as_of?: string }
  | { page: 'bundle'; org: string; id: string; page_number: number }
  | { page: 'batch'; org: string; page_number: number }
  | { page: 'batch-result'; org: string; id: string; failed_only: boolean; page_number: number };

export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  const pageNumber = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const [org, kind, id] = parts;
  if (!org) return { page: 'home' };
  if (kind === 'search') return { page: 'search', org, q: params.get('q') ?? '', as: params.get('as') ?? undefined, page_number: pageNumber };
  if (kind === 'subscriptions' && id) return { page: 'subscription', org, id, as_of: params.get('as_of') ?? undefined };
  if (kind === 'bundles' && id) return { page: 'bundle', org, id, page_number: pageNumber };
  if (kind === 'batch' && id) return { page: 'batch-result', org, id, failed_only: params.get('failed') === '1', page_number: pageNumber };
  if (kind === 'batch') return { page: 'batch', org, page_number: pageNumber };
  return { page: 'search', org, q: '', page_number: 1 };
}

const segment = encodeURIComponent;

export const href = {
  home: () => '#/',
  search: (org: string, q: string, options: { as?: string; page?: number } = {}) => {
    const params = new URLSearchParams({ q });
    if (options.as) params.set('as', options.as);
    if (options.page && options.page > 1) params.set('page', String(options.page));
    return `#/${segment(org)}/search?${params}`;
  },
  /** With `asOf`, the line as it was at that instant (API.md 17.1): a read-only past view. */
  subscription: (org: string, id: string, asOf?: string) => `#/${segment(org)}/subscriptions/${segment(id)}${asOf ? `?${new URLSearchParams({ as_of: asOf })}` : ''}`,
  bundle: (org: string, id: string, page = 1) => `#/${segment(org)}/bundles/${segment(id)}${page > 1 ? `?page=${page}` : ''}`,
  batch: (org: string, page = 1) => `#/${segment(org)}/batch${page > 1 ? `?page=${page}` : ''}`,
  batchResult: (org: string, id: string, options: { failedOnly?: boolean; page?: number } = {}) => {
    const params = new URLSearchParams();
    if (options.failedOnly) params.set('failed', '1');
    if (options.page && options.page > 1) params.set('page', String(options.page));
    const query = params.toString();
    return `#/${segment(org)}/batch/${segment(id)}${query ? `?${query}` : ''}`;
  },
};
