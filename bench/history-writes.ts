import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Sqlite from 'better-sqlite3';
import { seed } from '../scripts/seed.js';
import { parseDatabaseUrl } from '../src/config.js';
import { VERSIONED_TABLES } from '../src/db/history.js';
import { BENCH_ORG, commitmentIndex, idOf } from './dataset.js';

/**
 * What a write's history costs SQLite itself, without HTTP or node's request work: on a seeded file database with
 * the service's settings, the statements of a child's change (its row updated with new data, its parent's and its
 * line's versions moved) in transactions of 10, timed by the process's CPU, under three layouts of the same data:
 * no history trigger, the layout of migration 0016 (every kept state copied whole, one index) and the current one
 * (keyed, a version move kept without its data); and, to show what the key costs, the current rows appended to a
 * table with no index at all (`unkeyed`, which no read could seek). Layouts alternate round by round so a neighbour's burst hits all.
 *   npx tsx bench/history-writes.ts [--lines 10000] [--rounds 6] [--changes 3000]
 */
const { values: args } = parseArgs({ options: { lines: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '6' }, changes: { type: 'string', default: '3000' } } });

type Layout = 'none' | '0016' | 'current' | 'unkeyed';

const LAYOUTS: Layout[] = ['none', '0016', 'current', 'unkeyed'];

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'history-writes-'));
const file = path.join(directory, 'bench.sqlite');
try {
  await seed({ database: parseDatabaseUrl(`sqlite:${file}`), subscriptions: Number(args.lines), progress: false });
  const db = new Sqlite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -4000');
  const current = db.prepare(`select name, sql from sqlite_master where (type = 'trigger' and name like '%_keep_past_state') or (type = 'table' and name like '%_history')`).all() as Array<{ name: string; sql: string }>;
  const columnsOf = (table: string) => (db.prepare(`select name from pragma_table_info(?) order by cid`).all(table) as Array<{ name: string }>).map((row) => row.name);

  const use = (layout: Layout) => {
    for (const table of Object.keys(VERSIONED_TABLES)) db.exec(`drop trigger if exists ${table}_keep_past_state`);
    if (layout === 'none') return;
    for (const [table, key] of Object.entries(VERSIONED_TABLES)) {
      const past = `${table}_history`;
      db.exec(`drop view if exists ${table}_past; drop table ${past}`);
      if (layout === 'current') {
        for (const name of [past, `${table}_keep_past_state`]) db.exec(current.find((entry) => entry.name === name)!.sql);
      } else if (layout === 'unkeyed') {
        // A diagnostic, not a layout to use: the current rows appended to a table without any index (as_of could not seek them).
        db.exec(current.find((entry) => entry.name === past)!.sql.replace(/, constraint \w+ primary key \([^)]*\)\)$/i, ')'));
        db.exec(current.find((entry) => entry.name === `${table}_keep_past_state`)!.sql.replace(/ on conflict .* data = excluded\.data/is, ''));
      } else {
        const columns = columnsOf(table);
        db.exec(`create table ${past} as select ${table}.*, valid_from as valid_to from ${table} where 1 = 0`);
        db.exec(`create index ${past}_${key}_valid_from_idx on ${past} (org, ${key}, valid_from)`);
        db.exec(
          `create trigger ${table}_keep_past_state after update on ${table} for each row when new.version > old.version begin ` +
            `insert into ${past} (${columns.join(', ')}, valid_to) values (${columns.map((c) => `old.${c}`).join(', ')}, new.valid_from); end`,
        );
      }
    }
  };

  const org = BENCH_ORG;
  const lines = Number(args.lines);
  const changeCommitment = db.prepare(`update commitments set data = json_set(data, '$.legacy_id', ?), version = version + 1, valid_from = ? where org = ? and id = ?`);
  const findCommitment = db.prepare(`select parent_id, subscription_id from commitments where org = ? and id = ?`);
  const moveParent = db.prepare(`update promotions set version = version + 1, valid_from = ? where org = ? and id = ?`);
  const moveLine = db.prepare(`update subscriptions set version = version + 1, valid_from = ? where org = ? and id = ?`);
  const begin = db.prepare('begin immediate');
  const commit = db.prepare('commit');
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const results = Object.fromEntries(LAYOUTS.map((layout) => [layout, [] as number[]])) as Record<Layout, number[]>;
  let n = 0;
  const run = (changes: number) => {
    const started = cpu();
    for (let done = 0; done < changes; done += 10) {
      begin.run();
      for (let i = 0; i < 10; i++) {
        const line = (n++ * 7919) % lines;
        // The seed's permanence commitment of the line's first promotion (bench/dataset.ts).
        const id = idOf('commitment', commitmentIndex(line, 'promotion'));
        const found = findCommitment.get(org, id) as { parent_id: string; subscription_id: string } | undefined;
        if (!found) throw new Error(`no commitment ${id}`);
        const at = new Date(Date.now() + n).toISOString();
        changeCommitment.run(n, at, org, id);
        moveParent.run(at, org, found.parent_id);
        moveLine.run(at, org, found.subscription_id);
      }
      commit.run();
    }
    return ((cpu() - started) * 1000) / changes;
  };
  const changes = Number(args.changes);
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const layout of LAYOUTS) {
      use(layout);
      run(300);
      results[layout].push(run(changes));
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`load average ${os.loadavg().map((v) => v.toFixed(1)).join(' ')}; CPU µs per child change (its update, its parent's and its line's version moves), median of ${args.rounds} rounds of ${changes}:`);
  for (const layout of LAYOUTS) console.log(`${layout}\t${median(results[layout]).toFixed(1)}\t[${results[layout].map((v) => v.toFixed(0)).join(' ')}]`);
  db.close();
} finally {
  fs.rmSync(directory, { recursive: true, force: true });
}
