import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { testDialects } from './helpers/app.js';
import { scratchPostgres, startServer, type ServerProcess } from './helpers/process.js';

/**
 * Every shell block of the README that calls curl runs here as written, with bash, against a real server: only
 * the port changes. curl fails on an HTTP error (`--fail-with-body`) and bash stops at the first failure, so an
 * example that stops working, or works only when timing is kind, fails this file.
 */
const curlExamples = [...readFileSync('README.md', 'utf8').matchAll(/^```sh\n([\s\S]*?)^```$/gm)]
  .map((match) => match[1])
  .filter((block) => /\bcurl\b/.test(block));

/** The blocks that mint a token run against a server with authentication on, signed with the same secret. */
const SECRET = 'readme-secret-readme-secret-readme-secret';
const needsAuthentication = (block: string) => block.includes('npm run token');

function run(block: string, port: number): { status: number | null; output: string } {
  const script = `set -euo pipefail\ncurl() { command curl --fail-with-body "$@"; }\n${block.replaceAll('localhost:8080', `localhost:${port}`)}`;
  const env = needsAuthentication(block) ? { ...process.env, AUTH_JWT_SECRET: SECRET } : process.env;
  const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 60_000, env });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

test('the README has curl examples: the health check and the API walk-through', () => {
  assert.ok(curlExamples.length >= 2, `found ${curlExamples.length} shell blocks with curl`);
});

for (const dialect of testDialects()) {
  describe(`README examples [${dialect}]`, () => {
    let server: ServerProcess;
    let authenticated: ServerProcess;
    let drop = async () => undefined as void;

    before(async () => {
      let databaseUrl = 'sqlite::memory:';
      if (dialect === 'postgres') ({ url: databaseUrl, drop } = await scratchPostgres());
      server = await startServer({ DATABASE_URL: databaseUrl });
      authenticated = await startServer({ DATABASE_URL: 'sqlite::memory:', AUTH_JWT_SECRET: SECRET });
    });
    after(async () => {
      await server?.kill('SIGTERM');
      await authenticated?.kill('SIGTERM');
      await drop();
    });

    test('every curl block of the README runs as written, twice, answers no HTTP error, and the walk-through ends as it says', () => {
      for (const round of [1, 2]) {
        for (const block of curlExamples) {
          const port = Number(new URL((needsAuthentication(block) ? authenticated : server).url).port);
          const { status, output } = run(block, port);
          assert.equal(status, 0, `round ${round}:\n${block}\n--- output ---\n${output}`);
          if (!block.includes('API=')) continue;
          assert.match(output, /"type":"PROMOTION_DEACTIVATION","status":"SUCCEEDED"/, output);
          assert.match(output, /"type":"MOBILE","catalogue_commercial_product_id":"MOBILE_XL","status":"SUSPENDED"/, output);
          assert.match(output, /\[\{"id":"[^\]]*"mac_address":"00-B0-D0-63-C2-26"/, output);
          assert.match(output, /"dry_run":true,"file_name":"batch.csv","results":\[\{[^\]]*"outcome":"SUCCEEDED"/, output);
        }
      }
    });
  });
}
