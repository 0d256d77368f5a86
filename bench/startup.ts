import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawnServer } from './processes.js';

/**
 * `npx tsx bench/startup.ts [--runs 5] [--entry dist/server.js]...`: the time from spawning `node <entry>` on a
 * SQLite file to its first `200` on `/health/live`, with the phases the server logs (configuration read, database
 * opened, migrations applied, ready). Several `--entry` options alternate run by run, so the machine's other load
 * falls on each alike; every figure is printed beside the load average it was measured under. Each entry first
 * runs once unmeasured, on its own database (it migrates it; the measured runs find it migrated, as a restart does).
 */

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    entry: { type: 'string', multiple: true },
    env: { type: 'string', multiple: true },
  },
});
const entries = args.entry ?? ['dist/server.js'];
const runs = Number(args.runs);
const extraEnv = Object.fromEntries((args.env ?? []).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));

interface Run {
  totalMs: number;
  phases: Record<string, number>;
}

async function startOnce(entry: string, databaseFile: string): Promise<Run> {
  const started = performance.now();
  const server = await spawnServer(entry, { DATABASE_URL: `sqlite:${databaseFile}`, LOG_LEVEL: 'info', LOG_FORMAT: 'json', WORKER: 'on', ...extraEnv }, ['ignore', 'pipe', 'pipe']);
  let output = '';
  server.child.stdout!.on('data', (chunk) => (output += chunk));
  server.child.stderr!.on('data', (chunk) => (output += chunk));
  try {
    await server.answering({ everyMs: 5, tries: Infinity, output: () => output });
    const totalMs = performance.now() - started;
    // The ready line is written just after the port opens: give it a moment to arrive.
    for (let waited = 0; waited < 500 && !output.includes('subscriptions inventory ready'); waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    const phases: Record<string, number> = {};
    for (const line of output.split('\n')) {
      try {
        const record = JSON.parse(line) as { msg?: string; ms?: number };
        if (record.msg && typeof record.ms === 'number') phases[record.msg] = record.ms;
      } catch {
        // a line that is not JSON (there should be none) says nothing about a phase
      }
    }
    return { totalMs, phases };
  } finally {
    await server.stop();
  }
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'inventory-startup-'));
const results = new Map<string, Run[]>(entries.map((entry) => [entry, []]));
try {
  for (const entry of entries) await startOnce(entry, path.join(folder, `${entries.indexOf(entry)}.sqlite`));
  for (let run = 0; run < runs; run++) {
    for (const entry of entries) {
      const result = await startOnce(entry, path.join(folder, `${entries.indexOf(entry)}.sqlite`));
      results.get(entry)!.push(result);
      const load = os.loadavg().map((value) => value.toFixed(2)).join(' ');
      const phases = Object.entries(result.phases).map(([name, ms]) => `${name} ${ms}`).join(', ');
      console.log(`${entry} run ${run + 1}: ${Math.round(result.totalMs)} ms to /health/live (${phases}) load ${load}`);
    }
  }
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const [entry, list] of results) {
  const totals = list.map((run) => run.totalMs);
  console.log(`${entry}: median ${Math.round(median(totals))} ms, min ${Math.round(Math.min(...totals))}, max ${Math.round(Math.max(...totals))} over ${list.length} runs`);
}
