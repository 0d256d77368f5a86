import { randomUUID } from 'node:crypto';
import { BENCH_ORG, accountIdOf, bundleOf, commitmentIndex, idOf, macOf, promotionIndex, seedLine } from './dataset.js';

/**
 * The benchmark's scenarios (API.md 4, 5, 7 and 2.2): what one request of each is, and "the same query" its
 * storage ceiling runs straight on the driver. Every scenario targets the ACTIVE lines the runner picked.
 */

export interface BenchRequest {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  body?: string;
}

/** One statement of a storage ceiling, written with `?` placeholders (turned into `$n` on PostgreSQL). */
export interface Statement {
  sql: string;
  params: Array<string | number | null>;
}

/** One unit of storage work: its statements, run in one transaction when `transaction` is set. */
export interface StorageUnit {
  statements: Statement[];
  transaction?: boolean;
}

export interface ScenarioContext {
  org: string;
  /** Indexes of the ACTIVE lines the load spreads over. */
  lines: number[];
}

/**
 * The minimal-route floor of a read scenario (bench/floor-server.ts): a Fastify route on the scenario's path that
 * runs one prepared statement (`?` placeholders) selecting the stored JSON, and answers it as it is.
 */
export interface Floor {
  route: string;
  sql: string;
  values(params: Record<string, string>, query: Record<string, string>): unknown[];
  /** Answers every row as `{"items":[…]}` (a list); else the one row, 404 when there is none. */
  many?: boolean;
}

export interface Scenario {
  name: string;
  title: string;
  kind: 'read' | 'write' | 'mixed';
  /** A read scenario whose latency is followed as the data grows (lookup and list). */
  tiered: boolean;
  /** The n-th request of the load. */
  request(context: ScenarioContext, n: number): BenchRequest;
  /** The n-th unit of the storage ceiling. */
  storage(context: ScenarioContext, n: number): StorageUnit;
  floor?: Floor;
}

const lineOf = (context: ScenarioContext, n: number) => context.lines[n % context.lines.length];
const subscriptionPath = (context: ScenarioContext, line: number) => `/v2/orgs/${context.org}/subscriptions/${idOf('subscription', line)}`;
const ACTIVE_FILTER = encodeURIComponent(JSON.stringify({ eq: 'ACTIVE' }));
const nowIso = () => new Date().toISOString();

/** The store's page query and count, as `listResources` issues them. */
function pageAndCount(table: string, where: string, params: Array<string | number>, limit = 50): Statement[] {
  return [
    { sql: `select data from ${table} where org = ? and ${where} order by creation_date asc, id asc limit ? offset ?`, params: [...params, limit, 0] },
    { sql: `select count(*) as total from ${table} where org = ? and ${where}`, params },
  ];
}

export const getPromotion: Scenario = {
  name: 'get-promotion',
  title: 'GET one promotion',
  kind: 'read',
  tiered: true,
  request(context, n) {
    const line = lineOf(context, n);
    const promotion = idOf('promotion', promotionIndex(line, (n & 1) as 0 | 1));
    return { method: 'GET', path: `${subscriptionPath(context, line)}/promotions/${promotion}` };
  },
  storage(context, n) {
    const line = lineOf(context, n);
    return {
      statements: [
        {
          sql: 'select data, version from promotions where org = ? and id = ? and subscription_id = ?',
          params: [context.org, idOf('promotion', promotionIndex(line, (n & 1) as 0 | 1)), idOf('subscription', line)],
        },
      ],
    };
  },
  floor: {
    route: '/v2/orgs/:org/subscriptions/:subscriptionId/promotions/:promotionId',
    sql: 'select data from promotions where org = ? and id = ? and subscription_id = ?',
    values: (params) => [params.org, params.promotionId, params.subscriptionId],
  },
};

/** The instant a run of `get-promotion-as-of` reads at: when it first ran on its data, so its requests repeat (the HTTP ceiling replays them). */
const asOfInstants = new WeakMap<ScenarioContext, string>();
const asOfInstant = (context: ScenarioContext): string => {
  let at = asOfInstants.get(context);
  if (!at) asOfInstants.set(context, (at = new Date().toISOString()));
  return at;
};

/**
 * `get-promotion` as of the instant the scenario first ran (API.md 17.1): the same answer read from each table's state
 * then, its live rows and its history rows. Target: p95 within 2× of `get-promotion`.
 */
export const getPromotionAsOf: Scenario = {
  name: 'get-promotion-as-of',
  title: 'GET one promotion as of an instant',
  kind: 'read',
  tiered: true,
  request(context, n) {
    const { path } = getPromotion.request(context, n);
    return { method: 'GET', path: `${path}?as_of=${encodeURIComponent(asOfInstant(context))}` };
  },
  storage(context, n) {
    const line = lineOf(context, n);
    const at = asOfInstant(context);
    const id = idOf('promotion', promotionIndex(line, (n & 1) as 0 | 1));
    const subscription = idOf('subscription', line);
    return {
      statements: [
        {
          sql:
            'select data, version from promotions where org = ? and id = ? and subscription_id = ? and valid_from <= ? ' +
            'union all select data, version from promotions_history where org = ? and id = ? and subscription_id = ? and valid_from <= ? and valid_to > ?',
          params: [context.org, id, subscription, at, context.org, id, subscription, at, at],
        },
      ],
    };
  },
};

export const listPromotions: Scenario = {
  name: 'list-promotions',
  title: 'List the promotions of a subscription, status filter',
  kind: 'read',
  tiered: true,
  request(context, n) {
    return { method: 'GET', path: `${subscriptionPath(context, lineOf(context, n))}/promotions?status=${ACTIVE_FILTER}` };
  },
  storage(context, n) {
    return { statements: pageAndCount('promotions', 'status = ? and subscription_id = ?', [context.org, 'ACTIVE', idOf('subscription', lineOf(context, n))]) };
  },
};

export const deviceLookup: Scenario = {
  name: 'device-by-mac',
  title: 'Org-wide device lookup by MAC',
  kind: 'read',
  tiered: true,
  request(context, n) {
    return { method: 'GET', path: `/v2/orgs/${context.org}/devices?mac_address=${encodeURIComponent(macOf(lineOf(context, n)))}` };
  },
  storage(context, n) {
    const canonical = macOf(lineOf(context, n)).replaceAll(':', '');
    return { statements: [{ sql: 'select data from devices where org = ? and mac_address = ? order by creation_date desc, id desc', params: [context.org, canonical] }] };
  },
};

export const subscriptionSearch: Scenario = {
  name: 'subscriptions-by-account',
  title: 'Search subscriptions by account',
  kind: 'read',
  tiered: true,
  request(context, n) {
    return { method: 'GET', path: `/v2/orgs/${context.org}/subscriptions?account_id=${accountIdOf(bundleOf(lineOf(context, n)))}` };
  },
  storage(context, n) {
    return { statements: pageAndCount('subscriptions', 'account_id = ?', [context.org, accountIdOf(bundleOf(lineOf(context, n)))]) };
  },
  /** The page's lines alone (no count, no embedded children): one statement. */
  floor: {
    route: '/v2/orgs/:org/subscriptions',
    sql: 'select data from subscriptions where org = ? and account_id = ? order by creation_date asc, id asc limit 50',
    values: (params, query) => [params.org, query.account_id],
    many: true,
  },
};

/** The whole stored document, as the service writes it (the rows the ceilings write are read back by later scenarios). */
function newPromotion(id: string, subscriptionId: string, date: string) {
  return {
    id,
    legacy_id: null,
    catalogue_promotion_id: 'PROMO_BENCH',
    creation_date: date,
    creation_system: 'N/A',
    creation_user: 'N/A',
    last_updated_date: date,
    status: 'REQUESTED',
    status_detail: null,
    activation_date: null,
    expiration_date: null,
    deactivation_date: null,
    deactivation_system: null,
    deactivation_user: null,
    origin: 'EXISTING_CLIENT',
    add_on_id: null,
    device_id: null,
    subscription_id: subscriptionId,
  };
}

const commitments = new Map<number, Record<string, unknown>>();
/** The seeded commitment of a line's first promotion (built once per line, then reused). */
function seededCommitment(context: ScenarioContext, line: number): Record<string, unknown> {
  let commitment = commitments.get(line);
  if (!commitment) {
    commitment = seedLine(context.org, line, Date.now()).commitments[0];
    commitments.set(line, commitment);
  }
  return commitment;
}

export const postPromotion: Scenario = {
  name: 'post-promotion',
  title: 'POST a promotion',
  kind: 'write',
  tiered: false,
  request(context, n) {
    const body = { id: randomUUID(), catalogue_promotion_id: 'PROMO_BENCH', status: 'REQUESTED', origin: 'EXISTING_CLIENT' };
    return { method: 'POST', path: `${subscriptionPath(context, lineOf(context, n))}/promotions`, body: JSON.stringify(body) };
  },
  storage(context, n) {
    const id = randomUUID();
    const subscriptionId = idOf('subscription', lineOf(context, n));
    const date = nowIso();
    const data = JSON.stringify(newPromotion(id, subscriptionId, date));
    return {
      transaction: true,
      statements: [
        {
          sql: 'insert into promotions (org, id, version, creation_date, data, create_hash, subscription_id, status, activation_date, expiration_date, add_on_id, device_id) values (?, ?, 1, ?, ?, ?, ?, ?, null, null, null, null)',
          params: [context.org, id, date, data, 'bench', subscriptionId, 'REQUESTED'],
        },
      ],
    };
  },
};

export const patchCommitment: Scenario = {
  name: 'patch-commitment',
  title: 'PATCH a commitment',
  kind: 'write',
  tiered: false,
  request(context, n) {
    const line = lineOf(context, n);
    const promotion = idOf('promotion', promotionIndex(line, 0));
    const commitment = idOf('commitment', commitmentIndex(line, 'promotion'));
    return {
      method: 'PATCH',
      path: `${subscriptionPath(context, line)}/promotions/${promotion}/commitments/${commitment}`,
      body: JSON.stringify([{ op: 'replace', path: '/legacy_id', value: 900_000_000 + n }]),
    };
  },
  storage(context, n) {
    const line = lineOf(context, n);
    const data = JSON.stringify({ ...seededCommitment(context, line), legacy_id: 900_000_000 + n, last_updated_date: nowIso() });
    return {
      transaction: true,
      statements: [{ sql: 'update commitments set data = ?, version = version + 1 where org = ? and id = ?', params: [data, context.org, idOf('commitment', commitmentIndex(line, 'promotion'))] }],
    };
  },
};

const READS = [getPromotion, listPromotions, deviceLookup, subscriptionSearch];
const WRITES = [postPromotion, patchCommitment];

/** 8 reads (the four read scenarios in turn) for 2 writes (a POST promotion, a PATCH commitment) in every 10 requests. */
function mixedPick(n: number): { scenario: Scenario; n: number } {
  const slot = n % 10;
  const round = Math.floor(n / 10);
  return slot < 8 ? { scenario: READS[slot % READS.length], n: round * 2 + (slot >> 2) } : { scenario: WRITES[slot - 8], n: round };
}

export const mixed: Scenario = {
  name: 'mixed-80-20',
  title: 'Mixed workload, 80% reads / 20% writes',
  kind: 'mixed',
  tiered: false,
  request(context, n) {
    const pick = mixedPick(n);
    return pick.scenario.request(context, pick.n);
  },
  storage(context, n) {
    const pick = mixedPick(n);
    return pick.scenario.storage(context, pick.n);
  },
};

export const SCENARIOS: Scenario[] = [...READS, getPromotionAsOf, ...WRITES, mixed];

export const defaultContext = (lines: number[]): ScenarioContext => ({ org: BENCH_ORG, lines });
