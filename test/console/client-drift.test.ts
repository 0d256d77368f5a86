import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { clientTypesOf, GENERATED_TYPES_FILE, servedOpenApiDocument } from '../../scripts/client-generate.js';

test('the typed client’s types are exactly those the served /openapi.json generates', { timeout: 180_000 }, async () => {
  const served = await clientTypesOf(await servedOpenApiDocument());
  const committed = readFileSync(GENERATED_TYPES_FILE, 'utf8');
  if (committed === served) return;
  const committedLines = committed.split('\n');
  const servedLines = served.split('\n');
  const first = committedLines.findIndex((line, index) => line !== servedLines[index]);
  const at = first === -1 ? committedLines.length : first;
  assert.fail(
    `packages/client/src/schema.ts has drifted from the served OpenAPI document at line ${at + 1}:\n` +
      `  committed: ${committedLines[at] ?? '(end of file)'}\n` +
      `  served:    ${servedLines[at] ?? '(end of file)'}\n` +
      'Run `npm run client:generate` and commit the result (and check that the change to the API is intended).',
  );
});
