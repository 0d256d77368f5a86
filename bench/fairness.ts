import { seed } from '../scripts/seed.js';
import { parseDatabaseUrl } from '../src/config.js';
import { idOf, promotionIndex, subscriptionStatusOf, subscriptionTypeOf } from './dataset.js';

/**
 * The fairness scenario (issue 14): org A runs a large SET_CREDIT_LIMIT batch while org B asks, one at a time,
 * for promotion deactivations. It reports how long B's operations take from request to end while A's batch
 * runs, and the batch's throughput. The service runs with its worker on (its default concurrency).
 */

const ORG_A = 'fairness-a';
const ORG_B = 'fairness-b';
/** Org A's lines: the batch spreads its changes over the ACTIVE mobile lines among them. */
const ORG_A_SUBSCRIPTIONS = 20_000;
/** Org B's lines: each probe deactivates the promotion of one of its ACTIVE lines. */
const ORG_B_SUBSCRIPTIONS = 600;
const PROBE_EVERY_MS = 250;
const POLL_MS = 5;
const TOTAL = 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT';

export interface FairnessServer {
  url: string;
  stop(): Promise<void>;
}

export interface FairnessResult {
  dialect: string;
  batchLines: number;
  /** Upload (streamed, checked, staged) to the 202. */
  uploadSeconds: number;
  /** The operation's start_date to end_date. */
  batchSeconds: number;
  linesPerSecond: number;
  /** Request to observed end of each of B's operations requested while A's batch ran. */
  probeMs: number[];
  /** Of those, the ones that ended only after A's batch had (they may have waited for it). */
  probesAfterBatch: number;
  note?: string;
}

const activeLines = (count: number, mobileOnly: boolean) =>
  Array.from({ length: count }, (_, index) => index).filter((index) => subscriptionStatusOf(index) === 'ACTIVE' && (!mobileOnly || subscriptionTypeOf(index) === 'MOBILE'));

function batchFile(lines: number): string {
  const targets = activeLines(ORG_A_SUBSCRIPTIONS, true);
  const rows = ['operation,subscription_id,resource_id,reason,value'];
  for (let n = 0; n < lines; n++) rows.push(`SET_CREDIT_LIMIT,${idOf('subscription', targets[n % targets.length])},${TOTAL},fairness bench,${(n % 500) + 1}.00`);
  return `${rows.join('\n')}\n`;
}

async function json(response: Response): Promise<any> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

const ended = (operation: { status: string }) => operation.status === 'SUCCEEDED' || operation.status === 'FAILED';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchFairness(options: {
  dialect: string;
  databaseUrl: string;
  batchLines: number;
  startServer: (env: Record<string, string>) => Promise<FairnessServer>;
  log: (message: string) => void;
}): Promise<FairnessResult> {
  const { dialect, batchLines, log } = options;
  const database = parseDatabaseUrl(options.databaseUrl);
  await seed({ database, subscriptions: ORG_A_SUBSCRIPTIONS, org: ORG_A });
  await seed({ database, subscriptions: ORG_B_SUBSCRIPTIONS, org: ORG_B });
  const server = await options.startServer({ WORKER: 'on' });
  try {
    const operationUrl = (org: string, id: string) => `${server.url}/v2/orgs/${org}/operations/${id}`;
    const form = new FormData();
    form.append('file', new Blob([batchFile(batchLines)], { type: 'text/csv' }), 'fairness.csv');
    const uploadStarted = performance.now();
    const accepted = await json(await fetch(`${server.url}/v2/orgs/${ORG_A}/operations?wait=0`, { method: 'POST', body: form }));
    const uploadSeconds = (performance.now() - uploadStarted) / 1000;
    log(`fairness ${dialect}: ${batchLines}-line batch accepted in ${uploadSeconds.toFixed(1)} s`);

    const promotions = activeLines(ORG_B_SUBSCRIPTIONS, false).map((index) => ({ line: idOf('subscription', index), promotion: idOf('promotion', promotionIndex(index, 0)) }));
    const probeMs: number[] = [];
    let probesAfterBatch = 0;
    let batch = accepted;
    for (let probe = 0; !ended(batch); probe++) {
      if (probe >= promotions.length) throw new Error(`org B ran out of promotions to deactivate after ${probe} probes`);
      const { line, promotion } = promotions[probe];
      const started = performance.now();
      const operation = await json(
        await fetch(`${server.url}/v2/orgs/${ORG_B}/subscriptions/${line}/promotions/${promotion}/deactivation`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ reason: 'MANUALLY_REMOVED' }),
        }),
      );
      let current = operation;
      while (!ended(current)) {
        await sleep(POLL_MS);
        current = await json(await fetch(operationUrl(ORG_B, operation.id)));
      }
      const elapsed = performance.now() - started;
      if (current.status !== 'SUCCEEDED') throw new Error(`org B's deactivation ended ${current.status}: ${JSON.stringify(current.error)}`);
      probeMs.push(elapsed);
      batch = await json(await fetch(operationUrl(ORG_A, accepted.id)));
      if (ended(batch)) probesAfterBatch += 1;
      if (probe % 20 === 0) log(`fairness ${dialect}: batch ${batch.status} ${batch.progress.processed}/${batch.progress.total}; org B's last operation took ${elapsed.toFixed(0)} ms`);
      await sleep(Math.max(0, PROBE_EVERY_MS - elapsed));
    }
    if (batch.status !== 'SUCCEEDED') throw new Error(`the batch ended ${batch.status}: ${JSON.stringify(batch.error)}`);
    const batchSeconds = (Date.parse(batch.end_date) - Date.parse(batch.start_date)) / 1000;
    return { dialect, batchLines, uploadSeconds, batchSeconds, linesPerSecond: batchLines / batchSeconds, probeMs, probesAfterBatch };
  } finally {
    await server.stop();
  }
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export function fairnessTable(results: FairnessResult[]): string {
  const ms = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(0));
  const rows = [
    "| dialect | batch lines | upload s | batch s | lines/s | org B's operations during the batch | p50 ms | p99 ms | max ms | of which ended after the batch |",
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    if (r.note) {
      rows.push(`| ${r.dialect} | ${r.batchLines} | — | — | — | — | — | — | — | ${r.note} |`);
      continue;
    }
    rows.push(
      `| ${r.dialect} | ${r.batchLines} | ${r.uploadSeconds.toFixed(1)} | ${r.batchSeconds.toFixed(1)} | ${r.linesPerSecond.toFixed(0)} | ${r.probeMs.length} | ${ms(percentile(r.probeMs, 50))} | ${ms(percentile(r.probeMs, 99))} | ${ms(percentile(r.probeMs, 100))} | ${r.probesAfterBatch} |`,
    );
  }
  return rows.join('\n');
}
