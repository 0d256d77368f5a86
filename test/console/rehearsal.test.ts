import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { consoleSession, csvFile, SCREENSHOTS } from './harness.js';
import { seedBundle, seedMobileLine } from './seed.js';
import { buildConsole } from '../../scripts/console-build.js';

/** "Rehearse first" on the batch page (API.md 17.4): what each line would do, nothing changed, then the real run. */

const ORG = 'rehearsals';
const built = buildConsole();
const DESKTOP = { width: 1280, height: 800 };
const TOTAL = 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT';

describe('batch rehearsal in the console', () => {
  const session = consoleSession(built);


  it('"Rehearse first" shows what each line would do and changes nothing; "Run … for real" then runs the same file', { timeout: 90_000 }, async () => {
    const bundleId = await seedBundle(session.service, ORG);
    const subscriptionId = await seedMobileLine(session.service, ORG, bundleId, '+34633445566', '214031234500002');
    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console#/${ORG}/batch`);
    await page.getByLabel('Administration CSV file').setInputFiles(
      csvFile('december-suspensions.csv', [
        'operation,subscription_id,resource_id,reason,value',
        `SET_SUBSCRIPTION_STATUS,${subscriptionId},,unpaid invoice,SUSPENDED`,
        // The line before suspends it: this one would fail.
        `SET_SUBSCRIPTION_STATUS,${subscriptionId},,unpaid invoice,SUSPENDED`,
        `SET_CREDIT_LIMIT,${subscriptionId},${TOTAL},customer request,40.00`,
      ]),
    );
    await page.getByRole('button', { name: 'Rehearse first' }).click();
    await page.getByRole('heading', { level: 1, name: /Rehearsal of december-suspensions\.csv/ }).waitFor();
    await page.locator('#results').waitFor();
    assert.match((await page.locator('.rehearsal-notice').textContent()) ?? '', /A rehearsal: nothing was changed\./);
    const rows = page.locator('#results tbody tr');
    assert.deepEqual(await rows.evaluateAll((elements) => elements.map((row) => [row.getAttribute('data-line'), row.getAttribute('data-outcome')])), [
      ['2', 'SUCCEEDED'],
      ['3', 'FAILED'],
      ['4', 'SUCCEEDED'],
    ]);
    assert.match((await rows.nth(1).textContent()) ?? '', /INVALID_SUBSCRIPTION_STATUS/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'batch-rehearsal.png'), fullPage: true });
    assert.equal((await session.service.api('GET', `/v2/orgs/${ORG}/subscriptions/${subscriptionId}`)).body.status, 'ACTIVE');
    await session.service.api('GET', `/v2/orgs/${ORG}/subscriptions/${subscriptionId}/credit_limits/${TOTAL}`, undefined, { expect: 404 });

    await page.getByRole('button', { name: 'Run december-suspensions.csv for real' }).click();
    await page.getByRole('heading', { level: 1, name: /^Batch december-suspensions\.csv/ }).waitFor();
    await page.locator('#results').waitFor();
    assert.equal(await page.locator('.rehearsal-notice').count(), 0);
    assert.deepEqual(await page.locator('#results tbody tr').evaluateAll((elements) => elements.map((row) => row.getAttribute('data-outcome'))), ['SUCCEEDED', 'FAILED', 'SUCCEEDED']);
    assert.equal((await session.service.api('GET', `/v2/orgs/${ORG}/subscriptions/${subscriptionId}`)).body.status, 'SUSPENDED');
    assert.equal((await session.service.api('GET', `/v2/orgs/${ORG}/subscriptions/${subscriptionId}/credit_limits/${TOTAL}`)).body.credit_limit_value, 40);

    await page.goto(`${session.service.baseUrl}/console#/${ORG}/batch`);
    const recent = page.locator('#recent-batches tbody tr');
    await recent.first().waitFor();
    assert.deepEqual(await recent.evaluateAll((elements) => elements.map((row) => row.querySelector('.badge.rehearsal') !== null)), [false, true], 'newest first: the real run, then its rehearsal');
    await page.close();
  });
});
