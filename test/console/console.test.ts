import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { authenticatedConsole, consoleSession, csvFile, SCREENSHOTS } from './harness.js';
import { seedBundle, seedMobileLine, seedRichLine, type SeededLine } from './seed.js';
import { buildConsole } from '../../scripts/console-build.js';

/** The operator console end to end (issue 10): the real app on a loopback port, Debian's Chromium, the public API. */

const ORG = 'care';
/** The console as `npm start` serves it, built from the sources under test. */
const built = buildConsole();
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

async function typeSearch(page: Page, baseUrl: string, text: string): Promise<void> {
  if (!page.url().startsWith(`${baseUrl}/console`)) await page.goto(`${baseUrl}/console#/`);
  await page.getByLabel('Organisation').fill(ORG);
  await page.getByRole('searchbox', { name: 'Find a line' }).fill(text);
  await page.getByRole('button', { name: 'Search' }).click();
}

/** A search that finds several lines: their list. */
async function search(page: Page, baseUrl: string, text: string): Promise<void> {
  await typeSearch(page, baseUrl, text);
  await page.getByRole('heading', { level: 1, name: /Lines matching/ }).waitFor();
}

/** A search that finds one line: the line's page, at once. */
async function searchOne(page: Page, baseUrl: string, text: string): Promise<void> {
  await typeSearch(page, baseUrl, text);
  await page.waitForURL(/#\/[^/]+\/subscriptions\//);
  await page.locator('main[data-complete]').waitFor();
}

async function openLinePage(page: Page, baseUrl: string, subscriptionId: string): Promise<void> {
  await page.goto(`${baseUrl}/console#/${ORG}/subscriptions/${subscriptionId}`);
  await page.locator('main[data-complete]').waitFor();
}

const screenshot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage });

/** Presses Tab until the focused element reads `text`, as an agent without a mouse would. */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return;
  }
  assert.fail(`no focusable element reads ${text}`);
}

describe('operator console in headless Chromium', () => {
  const session = consoleSession(built);
  let line: SeededLine;

  before(async () => {
    line = await seedRichLine(session.service, ORG);
    await session.service.api('POST', `/v2/orgs/${ORG}/bundles/${line.bundleId}/subscriptions/broadband`, {
      catalogue_commercial_product_id: 'FIBRE_1GB',
      status: 'ACTIVE',
      specific_data: { technology: 'FTTH', installation_address: { street: 'Calle Mayor 12, 3ºB', postal_code: '28013', city: 'Madrid' }, download_speed_mbps: 1000, upload_speed_mbps: 1000 },
    });
    await session.service.api('POST', `/v2/orgs/${ORG}/bundles/${line.bundleId}/subscriptions/landline`, {
      catalogue_commercial_product_id: 'LANDLINE_UNLIMITED',
      status: 'PRE_ACTIVE',
      specific_data: { phone_number: '910 55 22 11' },
    });
  });


  it('opens the line found by its MSISDN in national form at once, and deactivates an ACTIVE promotion with a reason', { timeout: 90_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await searchOne(page, session.service.baseUrl, '611 22 33 44');
    assert.equal(new URL(page.url()).hash, `#/${ORG}/subscriptions/${line.subscriptionId}`);

    const promotionRow = page.locator(`tr[data-promotion="${line.activePromotionId}"]`);
    assert.equal(await promotionRow.locator('.badge').first().textContent(), 'ACTIVE');
    await promotionRow.getByRole('button', { name: 'Deactivate' }).click();
    const dialog = page.getByRole('dialog', { name: /Deactivate promotion PROMO_50_DISCOUNT/ });
    await dialog.getByLabel('Reason').selectOption('MANUALLY_REMOVED');
    assert.match((await dialog.locator('.effects').textContent()) ?? '', /becomes DEACTIVATED now, reason MANUALLY_REMOVED.*active commitment.*STAY_12M/s);
    await dialog.getByRole('button', { name: 'Deactivate promotion' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('main[data-complete]').waitFor();
    await page.locator(`tr[data-promotion="${line.activePromotionId}"] .badge`, { hasText: 'DEACTIVATED' }).waitFor();

    const stored = await session.service.api('GET', `/v2/orgs/${ORG}/subscriptions/${line.subscriptionId}/promotions/${line.activePromotionId}`);
    assert.equal(stored.body.status, 'DEACTIVATED');
    assert.equal(stored.body.status_detail.reason, 'MANUALLY_REMOVED');
    assert.equal(await page.locator(`tr[data-promotion="${line.activePromotionId}"]`).getByText('MANUALLY_REMOVED').count(), 1);
    await page.close();
  });

  it('opens the line of a device found by its MAC address written with another separator style', { timeout: 60_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await searchOne(page, session.service.baseUrl, '00b0.d063.c226');
    assert.equal(new URL(page.url()).hash, `#/${ORG}/subscriptions/${line.subscriptionId}`);
    const device = page.locator('#devices article', { hasText: 'ROUTER_WIFI6' });
    assert.match((await device.textContent()) ?? '', /00-B0-D0-63-C2-26/);
    await page.close();
  });

  it('lists every line of an account with its type, status, product and activation date, and pages through many', { timeout: 90_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await search(page, session.service.baseUrl, 'ACC-20431');
    await page.getByRole('link', { name: /Account id \(3\)/ }).waitFor();
    const rows = page.locator('table.data tbody tr');
    assert.equal(await rows.count(), 3);
    const text = (await page.locator('table.data').textContent()) ?? '';
    for (const expected of ['MOBILE', 'BROADBAND', 'LANDLINE', 'PRE_ACTIVE', 'FIBRE_1GB', '+34910552211', 'Calle Mayor 12, 3ºB, Madrid']) assert.ok(text.includes(expected), `${expected} in ${text}`);
    await screenshot(page, 'search-results.png');

    const bundleId = await seedBundle(session.service, ORG, { account_id: 'ACC-MANY', legacy_id: null, legacy_account_id: null });
    for (let i = 0; i < 25; i++) await seedMobileLine(session.service, ORG, bundleId, `7${String(10_000_000 + i)}`, `2140300000${String(10_000 + i)}`);
    await search(page, session.service.baseUrl, 'ACC-MANY');
    await page.getByText('1–20 of 25 · page 1 of 2').waitFor();
    assert.equal(await rows.count(), 20);
    await page.getByRole('link', { name: 'Next →' }).click();
    await page.getByText('21–25 of 25 · page 2 of 2').waitFor();
    assert.equal(await rows.count(), 5);
    await page.close();
  });

  it('shows the whole line from one round of parallel API calls, readable at 1280×800 and 390 px wide', { timeout: 90_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    const events: string[] = [];
    page.on('request', (request) => request.url().includes('/v2/') && events.push(`start ${new URL(request.url()).pathname}`));
    page.on('requestfinished', (request) => request.url().includes('/v2/') && events.push(`end ${new URL(request.url()).pathname}`));
    await page.goto(`${session.service.baseUrl}/console#/${ORG}/search?q=x`);
    await page.locator('main:not([aria-busy])').waitFor();
    events.length = 0;
    await page.evaluate((hash) => (location.hash = hash), `#/${ORG}/subscriptions/${line.subscriptionId}`);
    await page.locator('main[data-complete]').waitFor();

    const base = `/v2/orgs/${ORG}/subscriptions/${line.subscriptionId}`;
    const firstRound = [base, `${base}/status_history`, `${base}/contracts`, `${base}/credit_limits`, `${base}/change_requests`, `${base}/versions`];
    assert.deepEqual(events.slice(0, 6).sort(), firstRound.map((url) => `start ${url}`).sort(), 'the line and all its sections are asked for before any answer arrives');
    const started = events.filter((event) => event.startsWith('start ')).map((event) => event.slice(6));
    assert.deepEqual(started.slice(6), [`${base}/devices/${line.deviceId}/payment_plans`], 'then only the payment plan of the financed device');
    const loadMs = Number(await page.locator('main').getAttribute('data-load-ms'));
    console.log(`# subscription page rendered ${loadMs} ms after its first request`);

    const promotions = (await page.locator('#promotions').textContent()) ?? '';
    assert.match(promotions, /PROMO_50_DISCOUNT.*STAY_12M.*(months?|days?) left/s);
    assert.match(promotions, /PROMO_FREE_ROAMING.*REQUESTED/s);
    const devices = (await page.locator('#devices').textContent()) ?? '';
    assert.match(devices, /PHONE_GALAXY_S24.*FINANCING_24M.*1 year 11 months left/s);
    assert.match(devices, /€899\.90 in 24 instalments after €99\.90 down/);
    await page.getByText('Instalment schedule (24)').click();
    assert.equal(await page.locator('#devices details table tbody tr').count(), 24);
    assert.match((await page.locator('#add-ons').textContent()) ?? '', /EXTRA_DATA_10GB.*ACTIVE/s);
    assert.match((await page.locator('#contracts').textContent()) ?? '', /DOC-2024-118-4471/);
    const limits = page.locator('#credit-limits');
    assert.match((await limits.textContent()) ?? '', /Total credit limit.*€150\.00.*customer request.*1 earlier value/s);
    await limits.getByText('1 earlier value').click();
    assert.match((await limits.locator('ol.history').textContent()) ?? '', /€100\.00 since .* initial limit/);
    assert.match((await page.locator('#change-requests').textContent()) ?? '', /TARIFF → 8432_BUNDLED_4P.*PROMO_TV_3M.*REQUESTED.*RETENTION/s);
    assert.match((await page.locator('#status-history').textContent()) ?? '', /created.*ACTIVE.*SUBSCRIPTION_ADDED_TO_BUNDLE/s);

    const activated = page.locator('.line-head time').first();
    const stored = await session.service.api('GET', base);
    assert.equal(await activated.getAttribute('datetime'), stored.body.activation_date);
    assert.equal(await activated.getAttribute('title'), `${stored.body.activation_date.replace('T', ' ').replace('Z', '')} UTC`);
    const madrid = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Madrid' }).format(new Date(stored.body.activation_date));
    assert.equal(await activated.textContent(), madrid, 'dates read in the agent’s time zone');
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = false)));
    await screenshot(page, 'subscription.png', true);

    const phone = await session.browser.page(PHONE);
    await openLinePage(phone, session.service.baseUrl, line.subscriptionId);
    const width = await phone.evaluate(() => document.scrollingElement!.scrollWidth);
    assert.ok(width <= PHONE.width, `no horizontal scrolling at 390 px (content is ${width} px wide)`);
    await screenshot(phone, 'subscription-phone.png');
    await phone.close();
    await page.close();
  });

  it('is usable from the keyboard alone: search, open a line, and an action dialog with labelled controls', { timeout: 60_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console#/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'org');
    await page.keyboard.type(ORG);
    await page.keyboard.press('Tab');
    await page.keyboard.type('+34 611-22-33-44');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/[^/]+\/subscriptions\//);
    await page.locator('main[data-complete]').waitFor();
    await tabTo(page, 'Set credit limit');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Set a credit limit' });
    await dialog.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SELECT', 'focus moves into the dialog');
    await dialog.getByLabel('Limit').selectOption('MOBILE_SUBSCRIPTION_ROAMING_VOICE_CREDIT_LIMIT');
    await dialog.getByLabel('New value (EUR)').fill('40');
    await dialog.getByLabel('Reason').fill('travelling');
    assert.match((await dialog.locator('.effects').textContent()) ?? '', /Roaming voice credit limit is set for the first time to €40\.00/);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.locator('#credit-limits', { hasText: 'Roaming voice credit limit' }).waitFor();
    const limits = await session.service.api('GET', `/v2/orgs/${ORG}/subscriptions/${line.subscriptionId}/credit_limits/MOBILE_SUBSCRIPTION_ROAMING_VOICE_CREDIT_LIMIT`);
    assert.equal(limits.body.credit_limit_value, 40);
    await page.close();
  });

  it('shows the bundle with its lines', { timeout: 60_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await openLinePage(page, session.service.baseUrl, line.subscriptionId);
    await page.locator('.line-head').getByRole('link', { name: line.bundleId }).click();
    await page.getByRole('heading', { level: 1, name: /Bundle 8432_BUNDLED_3P/ }).waitFor();
    assert.match((await page.locator('#lines').textContent()) ?? '', /Lines \(3\).*\+34611223344.*FIBRE_1GB.*\+34910552211/s);
    await page.close();
  });

  it('shows the contract’s message when the API refuses an action', { timeout: 60_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await openLinePage(page, session.service.baseUrl, line.subscriptionId);
    const addOnRow = page.locator(`tr[data-add-on="${line.addOnId}"]`);
    await addOnRow.getByRole('button', { name: 'Deactivate' }).click();
    const dialog = page.getByRole('dialog', { name: /Deactivate add-on/ });
    // Someone else deactivates it meanwhile: the console's request is refused with the contract's message.
    const accepted = await session.service.api('POST', `/v2/orgs/${ORG}/subscriptions/${line.subscriptionId}/add_ons/${line.addOnId}/deactivation`, { reason: 'SUBSCRIBER_RESIGNATION' }, { expect: 202 });
    for (let i = 0; i < 100; i++) {
      const operation = await session.service.api('GET', `/v2/orgs/${ORG}/operations/${accepted.body.id}`);
      if (operation.body.status === 'SUCCEEDED') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await dialog.getByRole('button', { name: 'Deactivate add-on' }).click();
    const refusal = await session.service.api('POST', `/v2/orgs/${ORG}/subscriptions/${line.subscriptionId}/add_ons/${line.addOnId}/deactivation`, { reason: 'SUBSCRIBER_RESIGNATION' }, { expect: 400 });
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    assert.equal((await alert.textContent())?.trim(), refusal.body.error.message);
    assert.equal(refusal.body.error.code, 'ADD_ON_NOT_DEACTIVATABLE');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.close();
  });

  it('ends a commitment through its dialog, which says how much of it is left unfulfilled', { timeout: 60_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await openLinePage(page, session.service.baseUrl, line.subscriptionId);
    const promotionRow = page.locator(`tr[data-promotion="${line.activePromotionId}"]`);
    await promotionRow.getByRole('button', { name: 'End commitment' }).click();
    const dialog = page.getByRole('dialog', { name: 'End commitment STAY_12M' });
    assert.equal(await dialog.getByLabel('Reason').inputValue(), 'SUBSCRIBER_REQUESTED');
    await dialog.getByLabel('Reason').selectOption('RETENTION_WAIVER');
    assert.match((await dialog.locator('.effects').textContent()) ?? '', /STAY_12M of promotion PROMO_50_DISCOUNT becomes DEACTIVATED now, reason RETENTION_WAIVER.*left unfulfilled/s);
    await dialog.getByRole('button', { name: 'End commitment' }).click();
    await dialog.waitFor({ state: 'detached' });
    await promotionRow.locator('.commitments li', { hasText: 'DEACTIVATED' }).waitFor();
    assert.match((await promotionRow.locator('.commitments').textContent()) ?? '', /ended .*\(RETENTION_WAIVER\)/);
    await page.close();
  });

  it('names the line of an administration CSV that fails validation, and runs nothing', { timeout: 60_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console#/${ORG}/batch`);
    await page.getByLabel('Administration CSV file').setInputFiles(
      csvFile('bad.csv', [
        'operation,subscription_id,resource_id,reason,value',
        `SET_CREDIT_LIMIT,${line.subscriptionId},MOBILE_SUBSCRIPTION_PREMIUM_CREDIT_LIMIT,customer request,25.00`,
        'SET_CREDIT_LIMIT,not-a-subscription,MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT,customer request,150.00',
      ]),
    );
    await page.getByRole('button', { name: 'Upload and run' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /Line 3: /);
    assert.doesNotMatch((await alert.textContent()) ?? '', /Line 2: /);
    await session.service.api('GET', `/v2/orgs/${ORG}/subscriptions/${line.subscriptionId}/credit_limits/MOBILE_SUBSCRIPTION_PREMIUM_CREDIT_LIMIT`, undefined, { expect: 404 });
    await page.close();
  });

  it('runs a good administration CSV with a progress bar, lists per-line results, filters the failures and downloads the failed lines', { timeout: 90_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console#/${ORG}/batch`);
    const missingPromotion = randomUUID();
    const failedLine = `DEACTIVATE_PROMOTION,${line.subscriptionId},${missingPromotion},MANUALLY_REMOVED,`;
    await page.getByLabel('Administration CSV file').setInputFiles(
      csvFile('november-fixes.csv', [
        'operation,subscription_id,resource_id,reason,value',
        `SET_CREDIT_LIMIT,${line.subscriptionId},MOBILE_SUBSCRIPTION_PREMIUM_CREDIT_LIMIT,customer request,25.00`,
        failedLine,
        `CANCEL_PROMOTION,${line.subscriptionId},${line.requestedPromotionId},PROMOTION_INCOMPATIBILITY,`,
      ]),
    );
    await page.getByRole('button', { name: 'Upload and run' }).click();
    await page.getByRole('heading', { level: 1, name: /Batch november-fixes\.csv/ }).waitFor();
    const progress = page.getByRole('progressbar', { name: 'Lines processed' });
    await progress.waitFor();
    await page.locator('#results').waitFor();
    assert.equal(await progress.getAttribute('max'), '3');
    assert.equal(await progress.evaluate((element) => (element as HTMLProgressElement).value), 3);
    assert.match((await page.locator('.progress-text').textContent()) ?? '', /SUCCEEDED 3 of 3 lines processed · 2 succeeded · 1 failed/);

    const rows = page.locator('#results tbody tr');
    assert.equal(await rows.count(), 3);
    assert.deepEqual(await rows.evaluateAll((elements) => elements.map((row) => [row.getAttribute('data-line'), row.getAttribute('data-outcome')])), [
      ['2', 'SUCCEEDED'],
      ['3', 'FAILED'],
      ['4', 'SUCCEEDED'],
    ]);
    assert.match((await rows.nth(1).textContent()) ?? '', /PROMOTION_NOT_FOUND/);
    await screenshot(page, 'batch-results.png', true);

    await page.getByRole('link', { name: 'Failed lines only (1)' }).click();
    // The failed line was on the page before the filter too: wait for the succeeded ones to go.
    await page.locator('#results tbody tr[data-outcome="SUCCEEDED"]').first().waitFor({ state: 'detached' });
    await page.locator('#results tbody tr[data-line="3"]').waitFor();
    assert.equal(await rows.count(), 1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download failed lines (CSV)' }).click()]);
    const downloaded = await readFile((await download.path())!, 'utf8');
    assert.equal(downloaded, `operation,subscription_id,resource_id,reason,value\r\n${failedLine}\r\n`);
    assert.equal(download.suggestedFilename(), 'failed-lines-november-fixes.csv');

    const promotion = await session.service.api('GET', `/v2/orgs/${ORG}/subscriptions/${line.subscriptionId}/promotions/${line.requestedPromotionId}`);
    assert.equal(promotion.body.status, 'CANCELLED');
    await page.close();
  });

  it('deactivates the line, acknowledging the commitments that end early, and follows the operation to its end', { timeout: 60_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await openLinePage(page, session.service.baseUrl, line.subscriptionId);
    await page.getByRole('button', { name: 'Deactivate line' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deactivate the MOBILE line' });
    await dialog.getByLabel('Reason').selectOption('PORTABILITY_OUT');
    assert.match((await dialog.locator('.effects').textContent()) ?? '', /These commitments end early.*FINANCING_24M.*of device PHONE_GALAXY_S24/s);
    await dialog.getByRole('button', { name: 'Deactivate line' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.line-head .badge', { hasText: 'DEACTIVATED' }).waitFor();
    assert.match((await page.locator('#status-history li').first().textContent()) ?? '', /ACTIVE → DEACTIVATED.*PORTABILITY_OUT/s);
    assert.equal(await page.getByRole('button', { name: 'Deactivate line' }).count(), 0, 'a final line offers no lifecycle action');
    const device = await session.service.api('GET', `/v2/orgs/${ORG}/subscriptions/${line.subscriptionId}/devices/${line.deviceId}`);
    assert.equal(device.body.commitments[0].status, 'DEACTIVATED');
    await page.close();
  });
});

describe('operator console with authentication on', () => {
  const session = authenticatedConsole(ORG, 'agent-7', built);

  it('asks for a token kept in the tab, shows its org and permissions, and offers no action the token does not grant', { timeout: 90_000 }, async () => {
    const writer = await session.token('subscriptions:read subscriptions:write');
    const bundle = await session.service.api('POST', `/v2/orgs/${ORG}/bundles`, { account_id: 'ACC-AUTH', catalogue_bundled_commercial_product_id: '8432_BUNDLED_3P' }, { token: writer });
    const subscription = await session.service.api(
      'POST',
      `/v2/orgs/${ORG}/bundles/${bundle.body.id}/subscriptions/mobile`,
      { catalogue_commercial_product_id: 'MOBILE_S', status: 'ACTIVE', specific_data: { msisdn: '622334455', imsi: '214039999999999' } },
      { token: writer },
    );

    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console#/${ORG}/subscriptions/${subscription.body.id}`);
    const prompt = page.getByRole('dialog', { name: 'Sign in with a token' });
    await prompt.waitFor();
    await prompt.getByLabel('Bearer token (JWT)').fill(await session.token('subscriptions:read'));
    assert.match((await prompt.textContent()) ?? '', /Organisations\s*care.*Permissions\s*read/s);
    await prompt.getByRole('button', { name: 'Use this token' }).click();
    await page.locator('main[data-complete]').waitFor();
    assert.equal(await page.locator('.token-orgs').textContent(), ORG);
    assert.equal(await page.locator('.token-permissions').textContent(), 'read');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('inventory-console.token')?.split('.').length), 3);
    assert.equal(await page.evaluate(() => localStorage.getItem('inventory-console.token')), null);
    // The "As it was on" picker only reads: its button is no action.
    assert.equal(await page.locator('main button:not(.as-of-form button)').count(), 0, 'a read-only token is offered no action');
    await page.goto(`${session.service.baseUrl}/console#/${ORG}/batch`);
    await page.getByText('Your token does not grant subscriptions:admin').waitFor();

    await page.getByRole('button', { name: 'Change token' }).click();
    await prompt.getByLabel('Bearer token (JWT)').fill(writer);
    await prompt.getByRole('button', { name: 'Use this token' }).click();
    await page.goto(`${session.service.baseUrl}/console#/${ORG}/subscriptions/${subscription.body.id}`);
    await page.locator('main[data-complete]').waitFor();
    assert.equal(await page.locator('.token-permissions').textContent(), 'read, write');
    await page.getByRole('button', { name: 'Suspend' }).waitFor();
    await page.close();
  });
});
