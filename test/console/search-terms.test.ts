import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interpretSearch, phoneNumberE164 } from '../../console/src/search-terms.js';
import { csvRecords, csvWithFieldsReplaced, csvWithLines } from '../../console/src/csv.js';
import { timeLeft } from '../../console/src/format.js';

const kinds = (text: string) => interpretSearch(text).map((reading) => `${reading.kind}=${reading.value}`);

describe('console search box: what the typed text may be', () => {
  it('reads a Spanish mobile number in any common form as the same E.164 MSISDN', () => {
    for (const form of ['611 22 33 44', '611223344', '611-22-33-44', '+34611223344', '+34 611 22 33 44', '34611223344', '0034611223344', '(+34) 611.22.33.44']) {
      assert.equal(phoneNumberE164(form), '+34611223344', form);
      assert.ok(kinds(form).includes('mobile_msisdn=+34611223344'), form);
      assert.ok(kinds(form).includes('multisim_msisdn=+34611223344'), form);
      assert.ok(!kinds(form).includes('landline_phone_number=+34611223344'), form);
    }
  });

  it('reads a Spanish number starting 8 or 9 as a landline, and a foreign one as either', () => {
    assert.ok(kinds('910 55 22 11').includes('landline_phone_number=+34910552211'));
    assert.ok(!kinds('910 55 22 11').some((reading) => reading.startsWith('mobile_msisdn')));
    assert.deepEqual(kinds('+44 7700 900123').filter((reading) => /msisdn|phone/.test(reading)), ['mobile_msisdn=+447700900123', 'multisim_msisdn=+447700900123', 'landline_phone_number=+447700900123']);
  });

  it('reads a UUID as a subscription or a bundle id, lowercased', () => {
    assert.deepEqual(kinds('9F0A5B0E-1C2D-4E5F-8A9B-0C1D2E3F4A5B'), ['subscription_id=9f0a5b0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b', 'bundle_id=9f0a5b0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b']);
  });

  it('reads a MAC address in every separator style, and nothing else that is not one', () => {
    for (const mac of ['00-B0-D0-63-C2-26', '00:b0:d0:63:c2:26', '00b0.d063.c226', '00B0D063C226', '00:b0:d0:ff:fe:63:c2:26']) assert.ok(kinds(mac).includes(`mac_address=${mac}`), mac);
    for (const notMac of ['00-B0:D0-63-C2-26', '00b0.d063', 'ACC-20431', '611223344']) assert.ok(!kinds(notMac).some((reading) => reading.startsWith('mac_address')), notMac);
  });

  it('reads digits as legacy ids, an IMSI or an ICCID by their length, and free text as an account id or serial number', () => {
    assert.deepEqual(kinds('4410023'), ['legacy_id=4410023', 'legacy_account_id=4410023', 'legacy_bundle_id=4410023', 'account_id=4410023', 'serial_number=4410023']);
    assert.ok(kinds('214031234567890').includes('imsi=214031234567890'));
    assert.ok(kinds('8934071234567890128').includes('iccid=8934071234567890128'));
    assert.ok(!kinds('99999999999999999999').some((reading) => reading.startsWith('legacy_id')), 'beyond a 64-bit integer');
    assert.deepEqual(kinds('  SN-8842-XK '), ['account_id=SN-8842-XK', 'serial_number=SN-8842-XK']);
  });

  it('reads the first 6 to 8 digits of a mobile number as the start of an MSISDN, and a whole number as the number itself', () => {
    for (const form of ['611 223', '611223', '61122334', '+34 611 223', '0034611223']) {
      assert.ok(kinds(form).some((reading) => reading.startsWith('msisdn_prefix=')), form);
    }
    assert.ok(kinds('611 223').includes('msisdn_prefix=611223'));
    for (const notPrefix of ['61122', '611223344', '911223', '4410023']) {
      assert.ok(!kinds(notPrefix).some((reading) => reading.startsWith('msisdn_prefix')), notPrefix);
    }
  });

  it('reads an e-mail as a streaming line’s registration e-mail only', () => {
    assert.deepEqual(kinds('Ana.Garcia@example.com'), ['registration_email=Ana.Garcia@example.com']);
  });

  it('reads nothing from blank text', () => {
    assert.deepEqual(kinds('   '), []);
  });
});

describe('console CSV: failed lines back as they were written', () => {
  const file = '\uFEFFoperation,subscription_id,reason\r\nA,1,"two\r\nlines"\r\n\r\nB,2,"say ""hi"""\r\nC,3,x';

  it('numbers records by the file line they start on, counting blank and embedded lines', () => {
    assert.deepEqual(
      csvRecords(file).map((record) => [record.line, record.fields]),
      [
        [1, ['operation', 'subscription_id', 'reason']],
        [2, ['A', '1', 'two\r\nlines']],
        [5, ['B', '2', 'say "hi"']],
        [6, ['C', '3', 'x']],
      ],
    );
  });

  it('keeps the header and the chosen records verbatim', () => {
    assert.equal(csvWithLines(file, new Set([2, 6])), 'operation,subscription_id,reason\r\nA,1,"two\r\nlines"\r\nC,3,x\r\n');
  });

  it('replaces fields of chosen records and keeps every other byte, so line numbers still match the file', () => {
    const replaced = csvWithFieldsReplaced(file, new Map([[2, new Map([[1, 'id-a']])], [6, new Map([[1, 'id,c']])]]));
    assert.equal(replaced, 'operation,subscription_id,reason\r\nA,id-a,"two\r\nlines"\r\n\r\nB,2,"say ""hi"""\r\nC,"id,c",x');
    assert.deepEqual(csvRecords(replaced).map((record) => record.line), [1, 2, 5, 6]);
  });
});

describe('console time left on a commitment', () => {
  const now = new Date('2026-01-15T10:00:00Z');
  it('says years, months and days, hours near the end, and ended once past', () => {
    assert.equal(timeLeft('2027-03-20T10:00:00Z', now), '1 year 2 months left');
    assert.equal(timeLeft('2026-02-20T10:00:00Z', now), '1 month 5 days left');
    assert.equal(timeLeft('2026-01-15T13:30:00Z', now), '3 hours left');
    assert.equal(timeLeft('2026-01-15T09:00:00Z', now), 'ended');
    assert.equal(timeLeft(null, now), 'no end date');
  });
});
