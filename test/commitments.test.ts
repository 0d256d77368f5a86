import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { forEachDialect } from './helpers/app.js';
import { activeLine, uniqueOrg } from './helpers/fixtures.js';
import { addDevice, addPromotion, inMs, linePath } from './helpers/promotions.js';

/** C1–C4 (API.md section 7): a commitment is reached only through its own parent, and EXPIRED is final. */

const promotionCommitmentPath = (org: string, subscriptionId: string, promotionId: string, commitmentId: string) =>
  `${linePath(org, subscriptionId)}/promotions/${promotionId}/commitments/${commitmentId}`;
const deviceCommitmentPath = (org: string, subscriptionId: string, deviceId: string, commitmentId: string) =>
  `${linePath(org, subscriptionId)}/devices/${deviceId}/commitments/${commitmentId}`;
const deactivate = [{ op: 'replace', path: '/status', value: 'DEACTIVATED', reason: 'SUBSCRIBER_REQUESTED' }];

forEachDialect('commitments', (t) => {
  const org = uniqueOrg();

  test('PATCH …/commitments/{id} of an EXPIRED commitment is refused: /status INVALID_COMMITMENT_STATUS, /expiration_date PATCH_PATH_NOT_ALLOWED', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE', commitments: [{ catalogue_term_id: 'STAY', expiration_date: inMs(-60_000) }] });
    const device = await addDevice(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'FINANCING', expiration_date: inMs(-60_000) }] });
    const urls = [
      promotionCommitmentPath(org, subscription.id, promotion.id, promotion.commitments[0].id),
      deviceCommitmentPath(org, subscription.id, device.id, device.commitments[0].id),
    ];
    for (const url of urls) {
      const before = await t.request('GET', url);
      assert.equal(before.status, 200);
      assert.equal(before.body.status, 'EXPIRED', 'created with a past expiration_date');
      const refusals: Array<[unknown, string]> = [
        [deactivate, 'INVALID_COMMITMENT_STATUS'],
        [[{ op: 'replace', path: '/status', value: 'ACTIVE', reason: 'REOPENED' }], 'INVALID_COMMITMENT_STATUS'],
        [[{ op: 'replace', path: '/expiration_date', value: inMs(86_400_000) }], 'PATCH_PATH_NOT_ALLOWED'],
      ];
      for (const [body, code] of refusals) {
        const refused = await t.request('PATCH', url, body);
        assert.equal(refused.status, 400, `${url} ${JSON.stringify(body)}: ${JSON.stringify(refused.body)}`);
        assert.equal(refused.body.error.code, code);
      }
      const after = await t.request('GET', url);
      assert.deepEqual(after.body, before.body, 'nothing changed');
      assert.equal(after.headers.etag, before.headers.etag);
      const legacy = await t.request('PATCH', url, [{ op: 'replace', path: '/legacy_id', value: 5 }]);
      assert.equal(legacy.status, 200, '/legacy_id stays patchable in any status');
    }
  });

  test('a commitment asked for through another line, another promotion or a device is 404 with the first missing resource\'s code, and is not changed', async () => {
    const one = await activeLine(t, org);
    const two = await activeLine(t, org);
    const promotion = await addPromotion(t, org, one.subscription.id, { status: 'ACTIVE', commitments: [{ catalogue_term_id: 'STAY' }] });
    const sibling = await addPromotion(t, org, one.subscription.id, { status: 'ACTIVE', commitments: [{ catalogue_term_id: 'STAY' }] });
    const device = await addDevice(t, org, one.subscription.id, { commitments: [{ catalogue_term_id: 'FINANCING' }] });
    const otherPromotion = await addPromotion(t, org, two.subscription.id, { status: 'ACTIVE', commitments: [{ catalogue_term_id: 'STAY' }] });
    const otherDevice = await addDevice(t, org, two.subscription.id, { commitments: [{ catalogue_term_id: 'FINANCING' }] });
    const promotionCommitment = promotion.commitments[0].id;
    const deviceCommitment = device.commitments[0].id;

    const wrongPaths: Array<[string, string]> = [
      // The promotion's commitment under line two's promotion, under a sibling promotion, under a device of its line.
      [promotionCommitmentPath(org, two.subscription.id, otherPromotion.id, promotionCommitment), 'COMMITMENT_NOT_FOUND'],
      [promotionCommitmentPath(org, one.subscription.id, sibling.id, promotionCommitment), 'COMMITMENT_NOT_FOUND'],
      [deviceCommitmentPath(org, one.subscription.id, device.id, promotionCommitment), 'COMMITMENT_NOT_FOUND'],
      // Its own promotion under line two: the promotion is the first resource missing there.
      [promotionCommitmentPath(org, two.subscription.id, promotion.id, promotionCommitment), 'PROMOTION_NOT_FOUND'],
      [promotionCommitmentPath(org, one.subscription.id, randomUUID(), promotionCommitment), 'PROMOTION_NOT_FOUND'],
      // The device's commitment under line two's device, under a promotion of its line, and its device under line two.
      [deviceCommitmentPath(org, two.subscription.id, otherDevice.id, deviceCommitment), 'COMMITMENT_NOT_FOUND'],
      [promotionCommitmentPath(org, one.subscription.id, promotion.id, deviceCommitment), 'COMMITMENT_NOT_FOUND'],
      [deviceCommitmentPath(org, two.subscription.id, device.id, deviceCommitment), 'DEVICE_NOT_FOUND'],
      [deviceCommitmentPath(org, randomUUID(), device.id, deviceCommitment), 'SUBSCRIPTION_NOT_FOUND'],
    ];
    for (const [url, code] of wrongPaths) {
      for (const [method, body] of [['GET', undefined], ['PATCH', deactivate]] as const) {
        const answer = await t.request(method, url, body);
        assert.equal(answer.status, 404, `${method} ${url}: ${answer.status} ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.error.code, code, `${method} ${url}`);
      }
      const history = await t.request('GET', `${url}/status_history`);
      assert.equal(history.status, 404, `GET ${url}/status_history`);
      assert.equal(history.body.error.code, code);
    }

    const ownPaths = [
      promotionCommitmentPath(org, one.subscription.id, promotion.id, promotionCommitment),
      deviceCommitmentPath(org, one.subscription.id, device.id, deviceCommitment),
    ];
    for (const url of ownPaths) {
      const untouched = await t.request('GET', url);
      assert.equal(untouched.status, 200);
      assert.equal(untouched.body.status, 'ACTIVE', `${url} was not changed through another path`);
      assert.equal(untouched.headers.etag, '"1"');
      const deactivated = await t.request('PATCH', url, deactivate);
      assert.equal(deactivated.status, 200, 'its own path reaches it');
      assert.equal(deactivated.body.status, 'DEACTIVATED');
    }
  });
});
