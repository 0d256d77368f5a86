import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { authenticatedConsole, consoleSession, csvFile } from './harness.js';
import { seedBundle, seedMobileLine } from './seed.js';
import { buildConsole } from '../../scripts/console-build.js';

/** What a new agent meets first (issue 20.8): the batch link, batch names and lines as written, short searches, sign-in. */

const ORG = 'newcomer';
const built = buildConsole();
const DESKTOP = { width: 1280, height: 800 };

describe('the console on a first visit', () => {
  const session = consoleSession(built);


  it('the batch link opens the batch page of the organisation typed, and asks for one when none is', { timeout: 60_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console`);
    await page.getByRole('heading', { level: 1, name: 'Find a line' }).waitFor();
    const organisation = page.getByLabel('Organisation');
    await organisation.fill('');
    await page.getByRole('link', { name: 'Batch upload' }).click();
    assert.match(await organisation.evaluate((input) => (input as HTMLInputElement).validationMessage), /Choose the organisation first/);
    assert.equal(await page.getByRole('heading', { level: 1, name: 'Administration batch' }).count(), 0);

    await organisation.fill(ORG);
    await page.getByRole('link', { name: 'Batch upload' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration batch' }).waitFor();
    assert.match(page.url(), new RegExp(`#/${ORG}/batch$`));
    await page.close();
  });

  it('batch results show the MSISDNs the file named its lines by, linking to their lines', { timeout: 90_000 }, async () => {
    const bundleId = await seedBundle(session.service, ORG);
    const subscriptionId = await seedMobileLine(session.service, ORG, bundleId, '+34622334455', '214031234500001');
    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console#/${ORG}/batch`);
    await page.getByLabel('Administration CSV file').setInputFiles(
      csvFile('credit-by-number.csv', ['operation,subscription_id,resource_id,reason,value', 'SET_CREDIT_LIMIT,622 33 44 55,MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT,customer request,150.00']),
    );
    await page.getByRole('button', { name: 'Upload and run' }).click();
    await page.getByRole('heading', { level: 1, name: /Batch credit-by-number\.csv/ }).waitFor();
    const row = page.locator('#results tbody tr[data-line="2"]');
    await row.waitFor();
    const link = row.getByRole('link');
    assert.equal((await link.textContent())?.trim(), '622 33 44 55');
    assert.match((await link.getAttribute('href')) ?? '', new RegExp(subscriptionId));
    await page.close();
  });

  it('recent batches show the file name in a tab that did not upload it', { timeout: 90_000 }, async () => {
    const bundleId = await seedBundle(session.service, ORG);
    await seedMobileLine(session.service, ORG, bundleId, '+34622334466', '214031234500002');
    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console#/${ORG}/batch`);
    await page.getByLabel('Administration CSV file').setInputFiles(
      csvFile('november-credit.csv', ['operation,subscription_id,resource_id,reason,value', 'SET_CREDIT_LIMIT,622 33 44 66,MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT,customer request,150.00']),
    );
    await page.getByRole('button', { name: 'Upload and run' }).click();
    await page.getByRole('heading', { level: 1, name: /Batch november-credit\.csv/ }).waitFor();
    const batchId = /#\/[^/]+\/batch\/([^?]+)/.exec(page.url())![1];
    await page.close();

    // A new tab has nothing of the upload in its sessionStorage: the name comes from the service (GET of the batch).
    const other = await session.browser.page(DESKTOP);
    await other.goto(`${session.service.baseUrl}/console#/${ORG}/batch`);
    const recent = other.locator(`#recent-batches tr[data-batch="${batchId}"]`);
    await recent.waitFor();
    assert.match((await recent.textContent()) ?? '', /november-credit\.csv/);
    assert.doesNotMatch((await recent.textContent()) ?? '', new RegExp(batchId));
    await other.close();
  });

  it('a search shorter than 6 digits says that 6 digits are needed', { timeout: 60_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console#/`);
    await page.getByLabel('Organisation').fill(ORG);
    await page.getByRole('searchbox', { name: 'Find a line' }).fill('6112');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText(/at least 6 digits/).first().waitFor();
    assert.match((await page.locator('main').textContent()) ?? '', /A phone number needs at least 6 digits to be searched: “6112” has 4\./);
    await page.close();
  });
});

describe('console sign-in', () => {
  const session = authenticatedConsole(ORG, 'agent-1', built);

  it('refuses an expired token with the reason, and says where a token comes from', { timeout: 60_000 }, async () => {
    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console#/`);
    const prompt = page.getByRole('dialog', { name: 'Sign in with a token' });
    await prompt.waitFor();
    assert.match((await prompt.textContent()) ?? '', /npm run token -- --org <org> --scope subscriptions:write/);
    const expired = await new SignJWT({ orgs: [ORG], scope: 'subscriptions:read' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode('console-e2e-secret-console-e2e-secret'));
    await prompt.getByLabel('Bearer token (JWT)').fill(expired);
    await prompt.getByRole('button', { name: 'Use this token' }).click();
    await prompt.getByRole('alert').filter({ hasText: /This token expired/ }).waitFor();
    assert.equal(await prompt.isVisible(), true, 'the prompt stays open');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('inventory-console.token')), null);

    await prompt.getByLabel('Bearer token (JWT)').fill(await session.token('subscriptions:admin'));
    await prompt.getByRole('button', { name: 'Use this token' }).click();
    await page.locator('.token-permissions', { hasText: 'read, write, admin' }).waitFor();
    await page.close();
  });
});
