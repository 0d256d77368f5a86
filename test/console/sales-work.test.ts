import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { authenticatedConsole, consoleSession, csvFile, SCREENSHOTS } from './harness.js';
import { seedBundle, seedMobileLine, seedRichLine, type SeededLine } from './seed.js';
import { buildConsole } from '../../scripts/console-build.js';

/** Sales work in the operator console (issue 15 item 8): the real app on a loopback port, Debian's Chromium. */

const ORG = 'sales';
const built = buildConsole();
const DESKTOP = { width: 1280, height: 800 };

/** A `datetime-local` value, `days` from now, in the browser's time zone (Europe/Madrid, see the harness). */
function localInput(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Madrid', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** An ICCID with its Luhn check digit. */
function iccid(body: string): string {
  const digits = [...body].reverse().map(Number);
  const sum = digits.reduce((total, digit, index) => total + (index % 2 === 0 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

async function openLinePage(page: Page, baseUrl: string, subscriptionId: string): Promise<void> {
  await page.goto(`${baseUrl}/console#/${ORG}/subscriptions/${subscriptionId}`);
  await page.locator('main[data-complete]').waitFor();
}

async function search(page: Page, baseUrl: string, text: string): Promise<void> {
  if (!page.url().startsWith(`${baseUrl}/console`)) await page.goto(`${baseUrl}/console#/`);
  await page.getByLabel('Organisation').fill(ORG);
  await page.getByRole('searchbox', { name: 'Find a line' }).fill(text);
  await page.getByRole('button', { name: 'Search' }).click();
}

const shoot = (target: Page | Locator, name: string) => target.screenshot({ path: path.join(SCREENSHOTS, name) });

/** A dialog whole: tall forms scroll inside a dialog as high as the window, so the window grows for the picture. */
async function shootDialog(page: Page, dialog: Locator, name: string): Promise<void> {
  await page.setViewportSize({ width: DESKTOP.width, height: 1400 });
  await shoot(dialog, name);
  await page.setViewportSize(DESKTOP);
}

describe('sales work in the operator console', () => {
  const session = consoleSession(built);
  let rich: SeededLine;
  let plainLine: string;

  before(async () => {
    rich = await seedRichLine(session.service, ORG, '611223344');
    const bundleId = await seedBundle(session.service, ORG, { account_id: 'ACC-SALES-1' });
    plainLine = await seedMobileLine(session.service, ORG, bundleId, '655 12 34 01', '214031111111111');
  });


  const line = (id: string) => `/v2/orgs/${ORG}/subscriptions/${id}`;

  it('adds a promotion with a commitment from the line page, showing the contract’s refusal beside the field at fault', { timeout: 90_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await openLinePage(page, session.service.baseUrl, plainLine);
    await page.locator('#promotions').getByRole('button', { name: 'Add promotion' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a promotion' });
    await dialog.getByLabel('Promotion (catalogue id)').fill('PROMO_WELCOME_20');
    assert.equal(await dialog.getByLabel('Status').inputValue(), 'ACTIVE', 'an ACTIVE line takes an ACTIVE promotion by default');
    await dialog.getByLabel('Expires (your time zone)').fill(localInput(-2));
    await dialog.getByRole('button', { name: 'Add a commitment' }).click();
    const commitment = dialog.locator('[data-rows="commitments"] > li').first();
    assert.equal(await commitment.locator('legend').textContent(), 'Commitment 1');
    await commitment.getByLabel('Term (catalogue id)').fill('STAY_6M');
    await commitment.getByLabel('Ends (your time zone)').fill(localInput(180));
    assert.match((await dialog.locator('.effects').textContent()) ?? '', /PROMO_WELCOME_20 is added to the line ACTIVE, from now.*binds the customer to: STAY_6M until/s);
    await dialog.getByRole('button', { name: 'Add promotion' }).click();

    const problem = dialog.locator('[data-field="expiration_date"] .field-problem');
    await problem.waitFor();
    assert.match((await problem.textContent()) ?? '', /^“Expires” \d+ \w+ \d{4}, \d\d:\d\d must be after “Active from” \d+ \w+ \d{4}, \d\d:\d\d$/, 'in the form’s words and the agent’s time zone');
    assert.equal(await dialog.getByLabel('Expires (your time zone)').getAttribute('aria-invalid'), 'true');
    assert.match((await dialog.getByRole('alert').textContent()) ?? '', /“Expires” .* must be after “Active from”/);
    await shootDialog(page, dialog, 'add-promotion-refused.png');

    await dialog.getByLabel('Expires (your time zone)').fill(localInput(365));
    await dialog.getByRole('button', { name: 'Add promotion' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.locator('#promotions tr', { hasText: 'PROMO_WELCOME_20' });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /ACTIVE.*STAY_6M/s);
    const stored = await session.service.api('GET', `${line(plainLine)}/promotions`);
    const promotion = stored.body.items.find((item: { catalogue_promotion_id: string }) => item.catalogue_promotion_id === 'PROMO_WELCOME_20');
    assert.equal(stored.body.total, 1, 'the refused attempt created nothing');
    assert.equal(promotion.status, 'ACTIVE');
    assert.deepEqual(promotion.commitments.map((item: { catalogue_term_id: string; status: string }) => [item.catalogue_term_id, item.status]), [['STAY_6M', 'ACTIVE']]);
    await page.close();
  });

  it('adds an add-on from the line page', { timeout: 60_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await openLinePage(page, session.service.baseUrl, plainLine);
    await page.locator('#add-ons').getByRole('button', { name: 'Add add-on' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an add-on' });
    await dialog.getByLabel('Add-on (catalogue id)').fill('EXTRA_ROAMING_5GB');
    await dialog.getByLabel('Add-on legacy catalogue id').fill('AO-RM5');
    await dialog.getByLabel('Status').selectOption('REQUESTED');
    assert.match((await dialog.locator('.effects').textContent()) ?? '', /EXTRA_ROAMING_5GB is added to the line REQUESTED/);
    await dialog.getByRole('button', { name: 'Add add-on' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('#add-ons tr', { hasText: 'EXTRA_ROAMING_5GB' }).waitFor();
    const stored = await session.service.api('GET', `${line(plainLine)}/add_ons`);
    assert.deepEqual(stored.body.items.map((item: { catalogue_add_on_id: string; catalogue_add_on_legacy_id: string; status: string }) => [item.catalogue_add_on_id, item.catalogue_add_on_legacy_id, item.status]), [['EXTRA_ROAMING_5GB', 'AO-RM5', 'REQUESTED']]);
    await page.close();
  });

  it('adds a financed device with two commitments, then its payment plan, each refusal shown beside its field', { timeout: 90_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await openLinePage(page, session.service.baseUrl, plainLine);
    await page.locator('#devices').getByRole('button', { name: 'Add device' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a device' });
    await dialog.getByLabel('Device (catalogue id)').fill('PHONE_PIXEL_9');
    await dialog.getByLabel('Acquisition').selectOption('FINANCED');
    assert.equal(await dialog.getByLabel('Legacy account id').inputValue(), '7730021', 'the line’s legacy account is filled in');
    await dialog.getByLabel('Serial number').fill('SN-PX9-0001');
    await dialog.getByLabel('MAC address').fill('00-B0-D0-63-C2');
    await dialog.getByLabel('Insurable amount (EUR)').fill('720');
    for (const [term, days] of [['FINANCING_24M', 730], ['INSURANCE_12M', 365]] as const) {
      await dialog.getByRole('button', { name: 'Add a commitment' }).click();
      const row = dialog.locator('[data-rows="commitments"] > li').last();
      await row.getByLabel('Term (catalogue id)').fill(term);
      await row.getByLabel('Ends (your time zone)').fill(localInput(days));
    }
    assert.match((await dialog.locator('.effects').textContent()) ?? '', /PHONE_PIXEL_9 is added to the line, financed.*FINANCING_24M until .*; INSURANCE_12M until/s);
    await dialog.getByRole('button', { name: 'Add device' }).click();
    const macProblem = dialog.locator('[data-field="mac_address"] .field-problem');
    await macProblem.waitFor();
    assert.match((await macProblem.textContent()) ?? '', /^“MAC address” is not a MAC address/);
    await shootDialog(page, dialog, 'add-device.png');
    await dialog.getByLabel('MAC address').fill('00-B0-D0-63-C2-27');
    assert.equal(await macProblem.count(), 0, 'the problem goes once the agent corrects the input');
    await dialog.getByRole('button', { name: 'Add device' }).click();
    await dialog.waitFor({ state: 'detached' });

    const card = page.locator('#devices article', { hasText: 'PHONE_PIXEL_9' });
    await card.getByRole('button', { name: 'Add payment plan' }).click();
    const planDialog = page.getByRole('dialog', { name: 'Add the payment plan of PHONE_PIXEL_9' });
    assert.equal(await planDialog.getByLabel('Total amount (EUR)').inputValue(), '720');
    await planDialog.getByLabel('Down payment (EUR)').fill('720');
    await planDialog.getByLabel('First instalment due (your time zone)').fill(localInput(30));
    await planDialog.getByRole('button', { name: 'Add payment plan' }).click();
    const downProblem = planDialog.locator('[data-field="down_payment"] .field-problem');
    await downProblem.waitFor();
    assert.match((await downProblem.textContent()) ?? '', /^“Down payment” 720 must be less than “Total amount” 720$/);
    assert.equal(await planDialog.locator('[data-field="total_amount"] .field-problem').count(), 0, 'only the field the message names first is marked');
    await planDialog.getByLabel('Down payment (EUR)').fill('120');
    assert.match((await planDialog.locator('.effects').textContent()) ?? '', /€720\.00, of which €120\.00 down, is paid in 24 monthly instalments of €25\.00\..*first is due .*, the last /s);
    await shootDialog(page, planDialog, 'add-payment-plan.png');
    await planDialog.getByRole('button', { name: 'Add payment plan' }).click();
    await planDialog.waitFor({ state: 'detached' });
    await card.getByText('€720.00 in 24 instalments after €120.00 down').waitFor();
    assert.equal(await card.getByRole('button', { name: 'Add payment plan' }).count(), 0, 'a device with an ACTIVE plan is offered no second one');

    const devices = await session.service.api('GET', `${line(plainLine)}/devices`);
    const device = devices.body.find((item: { catalogue_commercial_device_id: string }) => item.catalogue_commercial_device_id === 'PHONE_PIXEL_9');
    assert.equal(device.acquisition_type, 'FINANCED');
    assert.equal(device.mac_address, '00-B0-D0-63-C2-27');
    assert.deepEqual(device.commitments.map((item: { catalogue_term_id: string }) => item.catalogue_term_id).sort(), ['FINANCING_24M', 'INSURANCE_12M']);
    const plans = await session.service.api('GET', `${line(plainLine)}/devices/${device.id}/payment_plans`);
    assert.equal(plans.body.length, 1);
    assert.equal(plans.body[0].instalments.length, 24);
    assert.equal(plans.body[0].down_payment, 120);
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = false)));
    await shoot(page.locator('#devices'), 'line-devices-after-sale.png');
    await page.close();
  });

  it('takes the agent’s own words when the reason is Other, where the API records free text, and says so where it takes a code', { timeout: 90_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await openLinePage(page, session.service.baseUrl, rich.subscriptionId);
    await page.locator(`tr[data-promotion="${rich.activePromotionId}"]`).getByRole('button', { name: 'End commitment' }).click();
    const endDialog = page.getByRole('dialog', { name: 'End commitment STAY_12M' });
    assert.equal(await endDialog.getByLabel('In your own words').isVisible(), false);
    await endDialog.getByLabel('Reason').selectOption('OTHER');
    await endDialog.getByLabel('In your own words').fill('waived by the store manager');
    assert.match((await endDialog.locator('.effects').textContent()) ?? '', /becomes DEACTIVATED now, reason waived by the store manager/);
    await shootDialog(page, endDialog, 'reason-other.png');
    await endDialog.getByRole('button', { name: 'End commitment' }).click();
    await endDialog.waitFor({ state: 'detached' });
    await page.locator(`tr[data-promotion="${rich.activePromotionId}"] .commitments`, { hasText: '(waived by the store manager)' }).waitFor();

    await page.getByRole('button', { name: 'Suspend' }).click();
    const suspend = page.getByRole('dialog', { name: 'Suspend: ACTIVE → SUSPENDED' });
    await suspend.getByLabel('Reason').selectOption('OTHER');
    await suspend.getByRole('button', { name: 'Suspend' }).click();
    assert.equal(await suspend.isVisible(), true, 'Other without words is not sent');
    await suspend.getByLabel('In your own words').fill('customer abroad for three months');
    await suspend.getByRole('button', { name: 'Suspend' }).click();
    await suspend.waitFor({ state: 'detached' });
    await page.locator('#status-history li', { hasText: 'customer abroad for three months' }).waitFor();
    const history = await session.service.api('GET', `${line(rich.subscriptionId)}/status_history`);
    assert.deepEqual(history.body.at(-1), { ...history.body.at(-1), to: 'SUSPENDED', reason: 'customer abroad for three months' });

    await page.getByRole('button', { name: 'Deactivate line' }).click();
    const deactivate = page.getByRole('dialog', { name: 'Deactivate the MOBILE line' });
    await deactivate.getByLabel('Reason').selectOption('OTHER');
    assert.equal(await deactivate.getByLabel('In your own words').count(), 0, 'the deactivation takes a reason code only (API.md 2.4)');
    assert.match((await deactivate.textContent()) ?? '', /takes no free-text reason/);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('opens the line at once when a search finds exactly one, and Back returns to where the agent was', { timeout: 60_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console#/`);
    await search(page, session.service.baseUrl, 'ACC-SALES-1');
    await page.waitForURL(`**/console#/${ORG}/subscriptions/${plainLine}`);
    await page.locator('main[data-complete]').waitFor();
    await page.goBack();
    await page.waitForURL(`**/console#/`);
    await page.close();
  });

  it('finds lines by the first 6 digits of an MSISDN, and opens the only line a longer prefix finds', { timeout: 60_000 }, async () => {
    const bundleId = await seedBundle(session.service, ORG, { account_id: 'ACC-SALES-2' });
    await seedMobileLine(session.service, ORG, bundleId, '655123402', '214031111111112');
    await seedMobileLine(session.service, ORG, bundleId, '655123403', '214031111111113');
    const other = await seedMobileLine(session.service, ORG, bundleId, '655124999', '214031111111114');
    const page = await session.browser.page(DESKTOP);
    await search(page, session.service.baseUrl, '655 123');
    await page.getByRole('link', { name: /Start of a mobile number \(MSISDN\) \(3\)/ }).waitFor();
    const rows = page.locator('table.data tbody tr');
    assert.deepEqual((await rows.locator('.line-link').allTextContents()).sort(), ['+34655123401', '+34655123402', '+34655123403']);
    await shoot(page, 'search-msisdn-prefix.png');
    await search(page, session.service.baseUrl, '6551249');
    await page.waitForURL(`**/subscriptions/${other}`);
    await page.close();
  });

  it('labels a line’s identifiers as agents say them: MSISDN, IMSI, ICCID, SIM type', { timeout: 60_000 }, async () => {
    const bundleId = await seedBundle(session.service, ORG, { account_id: 'ACC-SALES-3' });
    const { body } = await session.service.api('POST', `/v2/orgs/${ORG}/bundles/${bundleId}/subscriptions/mobile`, {
      catalogue_commercial_product_id: 'MOBILE_UNLIMITED_5G',
      status: 'ACTIVE',
      specific_data: { msisdn: '677 88 99 00', imsi: '214031111111115', iccid: iccid('893407123456789012'), sim_type: 'ESIM' },
    });
    const page = await session.browser.page(DESKTOP);
    await openLinePage(page, session.service.baseUrl, body.id);
    const terms = await page.locator('.line-head dt').allTextContents();
    for (const label of ['MSISDN', 'IMSI', 'ICCID', 'SIM type']) assert.ok(terms.includes(label), `${label} in ${terms.join(', ')}`);
    for (const raw of ['Msisdn', 'Imsi', 'Iccid', 'msisdn', 'Sim type']) assert.ok(!terms.includes(raw), `no raw ${raw}`);
    await page.close();
  });

  it('downloads a template with an example of each operation, and refuses to run it unchanged', { timeout: 60_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console#/${ORG}/batch`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download a template with an example of each' }).click()]);
    const template = await readFile((await download.path())!, 'utf8');
    const lines = template.trimEnd().split('\r\n');
    assert.equal(lines[0], 'operation,subscription_id,resource_id,reason,value,date');
    const operations = lines.slice(1).map((row) => row.split(',')[0]).sort();
    assert.deepEqual(operations, ['CANCEL_PROMOTION', 'DEACTIVATE_ADD_ON', 'DEACTIVATE_COMMITMENT', 'DEACTIVATE_PROMOTION', 'DEACTIVATE_SUBSCRIPTION', 'SET_CREDIT_LIMIT', 'SET_SUBSCRIPTION_STATUS']);
    assert.ok(lines.some((row) => row.split(',')[1] === '+34600000000'), 'an example names its line by MSISDN');

    const before = await session.service.api('GET', `/v2/orgs/${ORG}/operations?type=ADMINISTRATION_BATCH&limit=1`);
    await page.getByLabel('Administration CSV file').setInputFiles({ name: 'administration-template.csv', mimeType: 'text/csv', buffer: Buffer.from(template) });
    await page.getByRole('button', { name: 'Upload and run' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    for (let number = 2; number <= 8; number++) assert.match(text, new RegExp(`Line ${number}: this is an example line of the template`));
    const afterwards = await session.service.api('GET', `/v2/orgs/${ORG}/operations?type=ADMINISTRATION_BATCH&limit=1`);
    assert.equal(afterwards.body.total, before.body.total, 'nothing was uploaded');
    await page.close();
  });

  it('runs a batch whose lines are named by MSISDN, after listing those that name no single line', { timeout: 90_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console#/${ORG}/batch`);
    const header = 'operation,subscription_id,resource_id,reason,value';
    const byNumber = 'SET_CREDIT_LIMIT,611 22 33 44,MOBILE_SUBSCRIPTION_PREMIUM_CREDIT_LIMIT,customer request,30.00';
    await page.getByLabel('Administration CSV file').setInputFiles(
      csvFile('by-number.csv', [header, byNumber, 'SET_CREDIT_LIMIT,+34 699 888 777,MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT,customer request,80.00']),
    );
    await page.getByRole('button', { name: 'Upload and run' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /1 line of by-number\.csv names no single line: nothing was uploaded\..*Line 3: no mobile line has the MSISDN \+34699888777/s);
    assert.doesNotMatch((await alert.textContent()) ?? '', /Line 2/);
    await shoot(page.locator('#upload'), 'batch-msisdn-unresolved.png');

    await page.getByLabel('Administration CSV file').setInputFiles(
      csvFile('by-number.csv', [header, byNumber, `SET_CREDIT_LIMIT,${plainLine},MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT,customer request,80.00`]),
    );
    await page.getByRole('button', { name: 'Upload and run' }).click();
    await page.getByRole('heading', { level: 1, name: /Batch by-number\.csv/ }).waitFor();
    await page.locator('#results').waitFor();
    const rows = page.locator('#results tbody tr');
    assert.deepEqual(await rows.evaluateAll((elements) => elements.map((row) => [row.getAttribute('data-line'), row.getAttribute('data-outcome')])), [
      ['2', 'SUCCEEDED'],
      ['3', 'SUCCEEDED'],
    ]);
    // The line named by its MSISDN is shown by it, linking to the line it resolved to.
    assert.match((await rows.first().textContent()) ?? '', /611 22 33 44/);
    assert.match((await rows.first().getByRole('link').getAttribute('href')) ?? '', new RegExp(rich.subscriptionId));
    const limit = await session.service.api('GET', `${line(rich.subscriptionId)}/credit_limits/MOBILE_SUBSCRIPTION_PREMIUM_CREDIT_LIMIT`);
    assert.equal(limit.body.credit_limit_value, 30);
    await page.close();
  });

  it('lists the recent batches newest first, with their outcome, each opening its results', { timeout: 90_000 }, async () => {
    const upload = async (name: string, lines: string[]) => {
      const form = new FormData();
      form.append('file', new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv' }), name);
      const response = await fetch(`${session.service.baseUrl}/v2/orgs/${ORG}/operations?wait=10`, { method: 'POST', body: form });
      assert.equal(response.status, 202);
      return ((await response.json()) as { id: string }).id;
    };
    const header = 'operation,subscription_id,resource_id,reason,value';
    const older = await upload('older.csv', [header, `SET_CREDIT_LIMIT,${plainLine},MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT,review,60.00`]);
    const newer = await upload('newer.csv', [header, `DEACTIVATE_PROMOTION,${plainLine},${crypto.randomUUID()},MANUALLY_REMOVED,`]);
    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console#/${ORG}/batch`);
    const rows = page.locator('#recent-batches tbody tr');
    await rows.first().waitFor();
    const order = await rows.evaluateAll((elements) => elements.map((row) => row.getAttribute('data-batch')));
    assert.deepEqual(order.slice(0, 2), [newer, older], 'newest first');
    assert.match((await rows.first().textContent()) ?? '', /SUCCEEDED.*0 succeeded · 1 failed/s);
    assert.match((await rows.nth(1).textContent()) ?? '', /1 succeeded/);
    await shoot(page, 'batch-recent.png');
    await rows.first().getByRole('link').click();
    await page.locator(`#results tbody tr[data-line="2"][data-outcome="FAILED"]`).waitFor();
    await page.close();
  });
});

describe('the batch link in the console with authentication on', () => {
  const session = authenticatedConsole(ORG, 'agent-9', built);

  it('is hidden from a token without subscriptions:admin and shown to one with it', { timeout: 60_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console#/`);
    const prompt = page.getByRole('dialog', { name: 'Sign in with a token' });
    await prompt.getByLabel('Bearer token (JWT)').fill(await session.token('subscriptions:read subscriptions:write'));
    await prompt.getByRole('button', { name: 'Use this token' }).click();
    await page.locator('.token-permissions', { hasText: 'read, write' }).waitFor();
    const link = page.getByRole('link', { name: 'Batch upload' });
    assert.equal(await link.isVisible(), false);
    assert.equal(await link.count(), 0, 'not in the accessibility tree either');

    await page.getByRole('button', { name: 'Change token' }).click();
    await prompt.getByLabel('Bearer token (JWT)').fill(await session.token('subscriptions:read subscriptions:write subscriptions:admin'));
    await prompt.getByRole('button', { name: 'Use this token' }).click();
    await page.locator('.token-permissions', { hasText: 'read, write, admin' }).waitFor();
    await link.waitFor();
    await page.close();
  });
});
