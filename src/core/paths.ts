/** The parameter names of a route pattern: '/v2/orgs/:org/bundles/:bundleId' → 'org' | 'bundleId'. */
export type ParamsOf<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamsOf<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/**
 * A path of the API written once: `pattern` is what the route is registered under, `path()` the concrete path that
 * `href` and `Location` answer, so the three cannot disagree.
 */
export interface ApiPath<P extends string> {
  pattern: P;
  /** Its parameter names, in order. */
  names: ParamsOf<P>[];
  path(params: Record<ParamsOf<P>, string>): string;
  /** A path below this one: `item.below('/status_history')`. */
  below<S extends string>(suffix: S): ApiPath<`${P}${S}`>;
}

export function apiPath<P extends string>(pattern: P): ApiPath<P> {
  return {
    pattern,
    names: [...pattern.matchAll(/:(\w+)/g)].map((match) => match[1] as ParamsOf<P>),
    path: (params) => pattern.replace(/:(\w+)/g, (_match, name: string) => (params as Record<string, string>)[name]),
    below: (suffix) => apiPath(`${pattern}${suffix}`),
  };
}
