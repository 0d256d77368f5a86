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

function run(block: string, port: number): { status: number | null; output: string } {
  const script = `set -euo pipefail\ncurl() { command curl --fail-with-body "$@"; }\n${block.replaceAll('localhost:8080', `localhost:${port}`)}`;
  const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

test('the README has curl examples: the health check and the API walk-through', () => {
  assert.ok(curlExamples.length >= 2, `found ${curlExamples.length} shell blocks with curl`);
});

for (const dialect of testDialects()) {
  describe(`README examples [${dialect}]`, () => {
    let server: ServerProcess;
    let drop = async () => undefined as void;

    before(async () => {
      let databaseUrl = 'sqlite::memory:';
      if (dialect === 'postgres') ({ url: databaseUrl, drop } = await scratchPostgres());
      server = await startServer({ DATABASE_URL: databaseUrl });
    });
    after(async () => {
      await server.kill('SIGTERM');
      await drop();
    });

    test('every curl block of the README runs as written, answers no HTTP error, and the walk-through ends as it says', () => {
      const port = Number(new URL(server.url).port);
      for (const block of curlExamples) {
        const { status, output } = run(block, port);
        assert.equal(status, 0, `${block}\n--- output ---\n${output}`);
        if (!block.includes('API=')) continue;
        assert.match(output, /"type":"PROMOTION_DEACTIVATION","status":"SUCCEEDED"/, output);
        assert.match(output, /"type":"MOBILE","catalogue_commercial_product_id":"MOBILE_XL","status":"SUSPENDED"/, output);
        assert.match(output, /\[\{"id":"[^\]]*"mac_address":"00-B0-D0-63-C2-26"/, output);
      }
    });
  });
}
