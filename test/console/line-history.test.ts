import assert from 'node:assert/strict';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { consoleSession, SCREENSHOTS } from './harness.js';
import { seedBundle, seedMobileLine, seedPromotion } from './seed.js';
import { buildConsole } from '../../scripts/console-build.js';

/** A line's past on its page (API.md 17.1, issue 21): the "As it was on" picker and the History timeline of its versions. */

const ORG = 'history';
const built = buildConsole();
const DESKTOP = { width: 1280, height: 900 };

describe('line history in the console', () => {
  const session = consoleSession(built);


  it('the timeline lists the suspension with who made it and what changed; its earlier entry shows the line before it, read-only, and "Back to now" returns', { timeout: 90_000 }, async () => {
    const bundleId = await seedBundle(session.service, ORG);
    const subscriptionId = await seedMobileLine(session.service, ORG, bundleId, '+34622334455', '214031234500009');
    const line = `/v2/orgs/${ORG}/subscriptions/${subscriptionId}`;
    // Each change at its own instant: as_of a version's date must not include the next change.
    await delay(20);
    await seedPromotion(session.service, ORG, subscriptionId, { catalogue_promotion_id: 'PROMO_50_DISCOUNT', status: 'ACTIVE' });
    await delay(20);
    const suspended = await fetch(`${session.service.baseUrl}${line}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-auth-origin-aud': 'crm-web', 'x-auth-origin-sub': 'agent.lopez' },
      body: JSON.stringify([{ op: 'replace', path: '/status', value: 'SUSPENDED', reason: 'UNPAID' }]),
    });
    assert.equal(suspended.status, 200, await suspended.text());

    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console#/${ORG}/subscriptions/${subscriptionId}`);
    await page.locator('main[data-complete]').waitFor();
    const entries = page.locator('#versions ol.timeline > li');
    assert.equal(await entries.count(), 2, 'the line\'s own changes: its creation and its suspension (the promotion has its own versions)');
    const newest = (await entries.nth(0).textContent()) ?? '';
    assert.match(newest, /Status changed.*SUSPENDED/s);
    assert.match(newest, /by agent\.lopez \(crm-web\)/);
    assert.match(newest, /Changed: Status, Last status update, Last status reason/);
    assert.doesNotMatch(newest, /Promotions/, 'an embedded child\'s change is not the line\'s');
    assert.match((await entries.nth(1).textContent()) ?? '', /Created.*ACTIVE/s);
    assert.equal(await entries.nth(0).getAttribute('aria-current'), 'true', 'the version shown is marked');
    assert.equal(await page.locator('.past-view').count(), 0);
    assert.ok(await page.locator('[data-action="resume"]').isVisible());

    await entries.nth(1).locator('a').click();
    await page.locator('.past-view').waitFor();
    await page.locator('main[data-complete]').waitFor();
    const created = (await session.service.api('GET', `${line}/versions`)).body.items[0].date as string;
    assert.equal(await page.locator('.past-view').getAttribute('data-as-of'), created);
    assert.ok(page.url().endsWith(`?as_of=${encodeURIComponent(created)}`), 'a past view can be bookmarked');
    assert.match((await page.locator('.past-view').textContent()) ?? '', /Past view: the line as it was on .*Read-only/s);
    assert.match((await page.locator('.line-head h1').textContent()) ?? '', /ACTIVE/);
    assert.match((await page.locator('#promotions').textContent()) ?? '', /No promotion\./);
    assert.match((await page.locator('#status-history').textContent()) ?? '', /created.*ACTIVE/s);
    assert.doesNotMatch((await page.locator('#status-history').textContent()) ?? '', /SUSPENDED/);
    assert.equal(await page.locator('main [data-action]:not([data-action="back-to-now"])').count(), 0, 'no write action in a past view');
    assert.equal(await entries.nth(1).getAttribute('aria-current'), 'true');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'line-history.png'), fullPage: true });

    await page.getByRole('link', { name: 'Back to now' }).click();
    // The past view's page is complete too: wait for it to go and the present line to be drawn.
    await page.locator('.past-view').waitFor({ state: 'detached' });
    await page.locator('.line-head h1', { hasText: 'SUSPENDED' }).waitFor();
    await page.locator('main[data-complete]').waitFor();
    assert.match((await page.locator('#promotions').textContent()) ?? '', /PROMO_50_DISCOUNT/);
    assert.ok(await page.locator('[data-action="resume"]').isVisible());
    await page.close();
  });

  it('"As it was on" an instant the service keeps no state for shows its INVALID_AS_OF message and the picker again', { timeout: 60_000 }, async () => {
    const bundleId = await seedBundle(session.service, ORG);
    const subscriptionId = await seedMobileLine(session.service, ORG, bundleId, '+34622334466', '214031234500010');
    const page = await session.browser.page(DESKTOP);
    await page.goto(`${session.service.baseUrl}/console#/${ORG}/subscriptions/${subscriptionId}`);
    await page.locator('main[data-complete]').waitFor();
    await page.getByLabel('As it was on').fill('2001-02-03T04:05:06');
    await page.getByRole('button', { name: 'Show' }).click();
    const alert = page.locator('main [role="alert"]');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /as_of 2001-02-0\dT\d\d:05:06Z is before .*, the earliest state the service keeps/);
    assert.ok(await page.getByLabel('As it was on').isVisible());
    await page.getByRole('link', { name: 'Back to now' }).click();
    await page.locator('main[data-complete]').waitFor();
    assert.match((await page.locator('.line-head h1').textContent()) ?? '', /ACTIVE/);
    await page.close();
  });
});
