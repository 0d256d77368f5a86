import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { forEachDialect, type TestApp } from '../helpers/app.js';
import { createBundle, msisdn, imsi } from '../helpers/fixtures.js';
import { createAddOn } from '../helpers/add_ons.js';
import { createDevice } from '../helpers/devices.js';
import { promotionBody } from '../helpers/promotions.js';
import { inlineReferences } from '../helpers/openapi.js';
import type { Lifecycle } from '../../src/core/lifecycle.js';
import type { PatchablePath } from '../../src/core/patch.js';
import { ADD_ON_PATCH_PATHS } from '../../src/resources/add_ons/service.js';
import { addOnLifecycle } from '../../src/resources/add_ons/schema.js';
import { BUNDLE_PATCH_PATHS } from '../../src/resources/bundles/service.js';
import { bundleLifecycle } from '../../src/resources/bundles/schema.js';
import { COMMITMENT_PATCH_PATHS } from '../../src/resources/commitments/service.js';
import { commitmentLifecycle } from '../../src/resources/commitments/schema.js';
import { DEVICE_PATCH_PATHS } from '../../src/resources/devices/service.js';
import { PAYMENT_PLAN_PATCH_PATHS } from '../../src/resources/payment_plans/service.js';
import { paymentPlanLifecycle } from '../../src/resources/payment_plans/schema.js';
import { PROMOTION_PATCH_PATHS } from '../../src/resources/promotions/service.js';
import { promotionLifecycle } from '../../src/resources/promotions/schema.js';
import { SUBSCRIPTION_PATCH_PATHS } from '../../src/resources/subscriptions/service.js';
import { subscriptionLifecycle } from '../../src/resources/subscriptions/schema.js';
import { PATTERNS } from '../../src/resources/subscriptions/identifiers.js';
import { MAC_PATTERN, SERIAL_NUMBER_PATTERN } from '../../src/resources/devices/schema.js';
import { EMAIL_PATTERN } from '../../src/resources/subscriptions/types.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** The served document's operations, walked once per test. */
interface Schema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  pattern?: string;
  description?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  title?: string;
}
interface Parameter {
  name: string;
  in: string;
  description?: string;
  schema: Schema;
}
interface OperationObject {
  operationId?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema; example?: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema; example?: unknown }> }>;
  security?: unknown[];
}
interface Walked {
  method: string;
  path: string;
  operation: OperationObject;
  headers: string[];
  query: Parameter[];
}

interface Document {
  security?: unknown[];
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, Schema>; parameters: Record<string, Parameter>; responses: Record<string, OperationObject['responses'][string]> };
}

async function operations(t: TestApp): Promise<{ document: Document; all: Walked[]; api: Walked[] }> {
  const response = await t.request('GET', '/openapi.json');
  assert.equal(response.status, 200);
  const document = response.body as Document;
  const all: Walked[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, stored] of Object.entries(methods)) {
      const operation = inlineReferences(document, stored) as OperationObject;
      const parameters = operation.parameters ?? [];
      all.push({
        method: method.toUpperCase(),
        path,
        operation,
        headers: parameters.filter((parameter) => parameter.in === 'header').map((parameter) => parameter.name.toLowerCase()),
        query: parameters.filter((parameter) => parameter.in === 'query'),
      });
    }
  }
  return { document, all, api: all.filter((walked) => walked.path.startsWith('/v2/')) };
}

const name = (walked: Walked) => `${walked.method} ${walked.path}`;

/** Every property of a schema, at any depth, with its name. */
function* properties(schema: Schema | undefined, seen = new Set<Schema>()): Generator<[string, Schema]> {
  if (!schema || seen.has(schema)) return;
  seen.add(schema);
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    yield [key, child];
    yield* properties(child, seen);
  }
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.items ? [schema.items] : [])]) yield* properties(branch, seen);
}

/** The branches a value may take: the schema itself, or each of its anyOf/oneOf. */
const branches = (schema: Schema): Schema[] => [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];

forEachDialect('OpenAPI document', (t) => {
  test('every API operation documents 400, 401, 403, 500 and default, and 404 when its path names a resource, each with the error body', async () => {
    const { api } = await operations(t);
    assert.ok(api.length > 100, `${api.length} operations`);
    for (const walked of api) {
      const expected = ['400', '401', '403', '500', 'default', ...(/\{(?!org\})\w+\}/.test(walked.path) ? ['404'] : [])];
      for (const code of expected) {
        const row = walked.operation.responses[code];
        assert.ok(row, `${name(walked)} documents ${code}`);
        assert.equal(row.content?.['application/json']?.schema.title, 'ErrorResponse', `${name(walked)} ${code} answers the error body`);
      }
    }
  });

  test('every POST documents Idempotency-Key with its 409 and 422; every PATCH and PUT documents 409', async () => {
    const { api } = await operations(t);
    for (const walked of api.filter((candidate) => candidate.method === 'POST')) {
      assert.ok(walked.headers.includes('idempotency-key'), `${name(walked)} takes Idempotency-Key`);
      assert.ok(walked.operation.responses['409'] && walked.operation.responses['422'], `${name(walked)} documents 409 and 422`);
    }
    for (const walked of api.filter((candidate) => candidate.method === 'PATCH' || candidate.method === 'PUT')) {
      assert.ok(walked.operation.responses['409'], `${name(walked)} documents 409`);
      assert.ok(!walked.headers.includes('idempotency-key'), `${name(walked)} takes no Idempotency-Key`);
    }
  });

  test('If-Match is documented, with 412, exactly where it is honoured: PATCH, PUT, DELETE and the deactivation and cancellation POSTs; never on a GET or a create', async () => {
    const { api } = await operations(t);
    for (const walked of api) {
      const honoured = ['PATCH', 'PUT', 'DELETE'].includes(walked.method) || (walked.method === 'POST' && /\/(deactivation|cancellation)$/.test(walked.path));
      assert.equal(walked.headers.includes('if-match'), honoured, `${name(walked)} ${honoured ? 'declares' : 'does not declare'} If-Match`);
      assert.equal(walked.operation.responses['412'] !== undefined, honoured, `${name(walked)} ${honoured ? 'documents' : 'does not document'} 412`);
    }
  });

  test('the service endpoints need no token: security [] on /health/* and /errors; the API requires the bearer scheme', async () => {
    const { document, all } = await operations(t);
    assert.deepEqual(document.security, [{ bearer: [] }]);
    for (const path of ['/health/live', '/health/ready', '/errors']) {
      const walked = all.find((candidate) => candidate.path === path && candidate.method === 'GET');
      assert.ok(walked, `${path} is documented`);
      assert.deepEqual(walked.operation.security, [], `${path} needs no token`);
    }
    for (const walked of all.filter((candidate) => candidate.path.startsWith('/v2/'))) assert.equal(walked.operation.security, undefined, `${name(walked)} keeps the bearer scheme`);
  });

  test('filters are typed as the service parses them: integers, booleans, enums and date-times (or their JSON object), and a plain string says its format', async () => {
    const { api } = await operations(t);
    let checked = 0;
    for (const walked of api) {
      for (const parameter of walked.query) {
        const where = `${name(walked)} ?${parameter.name}`;
        const kinds = branches(parameter.schema);
        if (/^(offset|limit|after|wait|legacy_(id|account_id|bundle_id|add_on_id|device_id))$/.test(parameter.name)) {
          assert.equal(parameter.schema.type, 'integer', where);
        } else if (/^(mandatory|is_primary)$/.test(parameter.name)) {
          assert.equal(parameter.schema.type, 'boolean', where);
        } else if (/_date$|^date_/.test(parameter.name)) {
          assert.ok(kinds.some((kind) => kind.format === 'date-time'), `${where} is a date-time`);
          assert.ok(kinds.some((kind) => (kind as { contentMediaType?: string }).contentMediaType === 'application/json'), `${where} documents its JSON object form`);
        } else if (/^(status|type|outcome)$/.test(parameter.name)) {
          assert.ok(kinds.some((kind) => Array.isArray(kind.enum) && kind.enum.length > 0), `${where} lists its values`);
          assert.ok(kinds.some((kind) => (kind as { contentMediaType?: string }).contentMediaType === 'application/json'), `${where} documents its JSON object form`);
        } else if (parameter.schema.type === 'string' && !parameter.schema.format && !parameter.schema.enum) {
          if (/^(msisdn|msisdn_prefix|imsi|iccid|phone_number|mac_address|serial_number|registration_email)$/.test(parameter.name)) {
            assert.ok((parameter.description ?? parameter.schema.description ?? '').length > 10, `${where} states its format`);
          }
        }
        checked++;
      }
    }
    assert.ok(checked > 300, `${checked} query parameters`);
  });

  test('request bodies state the formats of MSISDNs, IMSIs, ICCIDs, MAC addresses, currencies and money', async () => {
    const { api } = await operations(t);
    const expectations: Array<[RegExp, (schema: Schema) => boolean, string]> = [
      [/^(msisdn|phone_number)$/, (schema) => /E\.164/.test(schema.description ?? ''), 'E.164'],
      [/^imsi$/, (schema) => /14–15 digits/.test(schema.description ?? ''), '14–15 digits'],
      [/^iccid$/, (schema) => /18–22 digits.*Luhn/.test(schema.description ?? ''), '18–22 digits with a Luhn check digit'],
      [/^mac_address$/, (schema) => branches(schema).some((branch) => /hex digits/.test(branch.description ?? '')), 'hex digits'],
      [/^currency$/, (schema) => branches(schema).some((branch) => branch.pattern === '^[A-Z]{3}$' && /ISO 4217/.test(branch.description ?? '')), 'an ISO 4217 code'],
    ];
    const found = new Set<string>();
    let money = 0;
    for (const walked of api) {
      const body = walked.operation.requestBody?.content['application/json']?.schema;
      for (const [key, schema] of properties(body)) {
        for (const [pattern, states, what] of expectations) {
          if (!pattern.test(key)) continue;
          found.add(what);
          assert.ok(states(schema), `${name(walked)} body ${key} states ${what}: ${JSON.stringify(schema)}`);
        }
        for (const branch of branches(schema).filter((candidate) => [candidate.type].flat().includes('number'))) {
          money++;
          assert.match(branch.description ?? '', /at most 2 decimals/, `${name(walked)} body ${key} states money's 2 decimals`);
        }
      }
    }
    assert.equal(found.size, expectations.length, `every format is met in some body: ${[...found].join(', ')}`);
    assert.ok(money > 5, `${money} money fields`);
  });

  test('bodies and filters state MSISDN, phone, IMSI, ICCID, MAC, serial number, currency and JSON Pointer as patterns, and e-mail as format', async () => {
    const { api } = await operations(t);
    const expected: Array<[RegExp, (schema: Schema) => boolean, string]> = [
      [/^msisdn$/, (schema) => schema.pattern === PATTERNS.msisdn, 'msisdn'],
      [/^phone_number$/, (schema) => schema.pattern === PATTERNS.phone, 'phone_number'],
      [/^imsi$/, (schema) => schema.pattern === PATTERNS.imsi, 'imsi'],
      [/^iccid$/, (schema) => schema.pattern === PATTERNS.iccid, 'iccid'],
      [/^mac_address$/, (schema) => branches(schema).some((branch) => branch.pattern === MAC_PATTERN), 'mac_address'],
      [/^serial_number$/, (schema) => branches(schema).some((branch) => branch.pattern === SERIAL_NUMBER_PATTERN), 'serial_number'],
      [/^currency$/, (schema) => branches(schema).some((branch) => branch.pattern === '^[A-Z]{3}$'), 'currency'],
      [/^(registration_)?email$/, (schema) => branches(schema).some((branch) => branch.format === 'email' && branch.pattern === EMAIL_PATTERN), 'email'],
    ];
    const found = new Map<string, number>();
    const check = (where: string, key: string, schema: Schema) => {
      // A read-only field sent is replaced, never checked: it has no pattern to state.
      if (/^Read-only/.test(schema.description ?? '')) return;
      for (const [pattern, states, what] of expected) {
        if (!pattern.test(key)) continue;
        found.set(what, (found.get(what) ?? 0) + 1);
        assert.ok(states(schema), `${where} ${key} states its format: ${JSON.stringify(schema)}`);
      }
    };
    let pointers = 0;
    for (const walked of api) {
      const body = walked.operation.requestBody?.content['application/json']?.schema;
      for (const [key, schema] of properties(body)) check(`${name(walked)} body`, key, schema);
      // The org-wide search filters of the same identifiers (msisdn_prefix is a prefix, not a number).
      for (const parameter of walked.query) if (parameter.name !== 'email' && parameter.name !== 'registration_email') check(`${name(walked)} query`, parameter.name, parameter.schema);
      if (walked.method === 'PATCH') {
        const path = body?.items?.properties?.path;
        assert.equal(path?.pattern, '^/', `${name(walked)} states the JSON Pointer's leading /`);
        pointers++;
      }
    }
    assert.deepEqual([...found.keys()].sort(), expected.map(([, , what]) => what).sort(), 'every format is met');
    assert.ok((found.get('msisdn') ?? 0) > 3 && (found.get('mac_address') ?? 0) > 2, `in bodies and filters: ${JSON.stringify([...found])}`);
    assert.ok(pointers >= 10, `${pointers} PATCH bodies`);
  });

  test('POST …/subscriptions/mobile answers 400 to an MSISDN outside its pattern and 201 to one inside; GET /devices answers the same for mac_address', async () => {
    const org = 'openapi-patterns';
    const bundle = await createBundle(t, org);
    const mobile = new RegExp(PATTERNS.msisdn, 'u');
    const national = msisdn();
    const cases: Array<[string, boolean]> = [
      ['+34511223344', false],
      ['12345', false],
      [national.slice(1), false],
      [`+34 ${national.slice(0, 3)}-${national.slice(3)}`, true],
      [`34${msisdn()}`, true],
    ];
    for (const [value, valid] of cases) {
      assert.equal(mobile.test(value), valid, `the pattern ${valid ? 'accepts' : 'refuses'} ${value}`);
      const response = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, { catalogue_commercial_product_id: 'MOBILE_UNLIMITED', status: 'ACTIVE', specific_data: { msisdn: value, imsi: imsi() } });
      assert.equal(response.status, valid ? 201 : 400, `${value}: ${JSON.stringify(response.body)}`);
    }
    const mac = new RegExp(MAC_PATTERN, 'u');
    for (const [value, valid] of [['00:1a-2b:3c:4d:5e', false], ['001a.2b3c', false], [' 00-1A-2B-3C-4D-5E ', true], ['001a.2b3c.4d5e', true]] as const) {
      assert.equal(mac.test(value), valid, `the pattern ${valid ? 'accepts' : 'refuses'} ${value}`);
      const response = await t.request('GET', `/v2/orgs/${org}/devices?mac_address=${encodeURIComponent(value)}`);
      assert.equal(response.status, valid ? 200 : 400, `${value}: ${JSON.stringify(response.body)}`);
    }
  });

  test('the searches that need a filter say so, and exactly they answer 400 MISSING_QUERY_PARAMS to a query without one', async () => {
    const { api } = await operations(t);
    const orgLists = api.filter((walked) => walked.method === 'GET' && /^\/v2\/orgs\/\{org\}\/[a-z_]+(\/[a-z_]+)?$/.test(walked.path) && !walked.path.endsWith('/events'));
    assert.ok(orgLists.length > 15, `${orgLists.length} org-wide lists`);
    const described = [];
    for (const walked of orgLists) {
      const needsFilter = /At least one of .* is required, else 400 MISSING_QUERY_PARAMS/.test(walked.operation.description ?? '');
      if (needsFilter) described.push(walked.path);
      const response = await t.request('GET', walked.path.replace('{org}', 'openapi-walk'));
      if (needsFilter) {
        assert.equal(response.status, 400, name(walked));
        assert.equal(response.body.error.code, 'MISSING_QUERY_PARAMS', name(walked));
      } else {
        assert.equal(response.status, 200, `${name(walked)}: ${JSON.stringify(response.body)}`);
      }
    }
    for (const path of ['/v2/orgs/{org}/subscriptions', '/v2/orgs/{org}/bundles', '/v2/orgs/{org}/devices', '/v2/orgs/{org}/subscriptions/mobile']) {
      assert.ok(described.includes(path), `${path} states its required filters`);
    }
  });
});

/** Every `$ref` in a value, at any depth. */
function* refs(value: unknown): Generator<string> {
  if (Array.isArray(value)) for (const item of value) yield* refs(item);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') yield child;
      else yield* refs(child);
    }
  }
}

/** Every schema object in a value, at any depth (the document's own, before inlining). */
function* schemasIn(value: unknown): Generator<Schema> {
  if (Array.isArray(value)) for (const item of value) yield* schemasIn(item);
  else if (typeof value === 'object' && value !== null) {
    yield value as Schema;
    for (const child of Object.values(value)) yield* schemasIn(child);
  }
}

forEachDialect('OpenAPI document for client generators', (t) => {
  test('every operation has a unique operationId and a description that says more than its summary', async () => {
    const { all } = await operations(t);
    const ids = all.map((walked) => walked.operation.operationId);
    for (const [index, walked] of all.entries()) {
      assert.match(ids[index] ?? '', /^[a-z][A-Za-z0-9]+$/, `${name(walked)} has an operationId`);
      assert.ok((walked.operation.description ?? '').length > 10, `${name(walked)} has a description`);
    }
    assert.equal(new Set(ids).size, ids.length, 'operationIds are unique');
    const promotions = all.find((walked) => walked.method === 'GET' && walked.path === '/v2/orgs/{org}/subscriptions/{subscriptionId}/promotions');
    assert.match(promotions?.operation.description ?? '', /offset.*limit.*X-Total-Count/s, 'a list states its paging');
  });

  test('every PATCH description names the paths its family allows and the status transitions PATCH makes, and no other path', async () => {
    const { api } = await operations(t);
    // The family of a PATCH, by the last collection on its path.
    const families: Array<[RegExp, readonly PatchablePath<never>[], Lifecycle<string, never> | undefined]> = [
      [/\/add_ons\/\{\w+\}$/, ADD_ON_PATCH_PATHS as PatchablePath<never>[], addOnLifecycle as Lifecycle<string, never>],
      [/\/bundles\/\{\w+\}$/, BUNDLE_PATCH_PATHS as PatchablePath<never>[], bundleLifecycle as Lifecycle<string, never>],
      [/\/commitments\/\{\w+\}$/, COMMITMENT_PATCH_PATHS as PatchablePath<never>[], commitmentLifecycle as Lifecycle<string, never>],
      [/\/devices\/\{\w+\}$/, DEVICE_PATCH_PATHS as PatchablePath<never>[], undefined],
      [/\/payment_plans\/\{\w+\}$/, PAYMENT_PLAN_PATCH_PATHS as PatchablePath<never>[], paymentPlanLifecycle as Lifecycle<string, never>],
      [/\/promotions\/\{\w+\}$/, PROMOTION_PATCH_PATHS as PatchablePath<never>[], promotionLifecycle as Lifecycle<string, never>],
      [/\/subscriptions(\/[a-z_]+)?\/\{subscriptionId\}$/, SUBSCRIPTION_PATCH_PATHS as PatchablePath<never>[], subscriptionLifecycle as Lifecycle<string, never>],
    ];
    const patches = api.filter((walked) => walked.method === 'PATCH');
    assert.ok(patches.length >= 10, `${patches.length} PATCH operations`);
    for (const walked of patches) {
      const family = families.find(([pattern]) => pattern.test(walked.path));
      assert.ok(family, `${name(walked)} belongs to a family with declared paths`);
      const [, paths, lifecycle] = family;
      const description = walked.operation.description ?? '';
      const named = [...(description.match(/Allowed paths: ([^;]*);/)?.[1] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]);
      assert.deepEqual(named, paths.map((path) => path.path), `${name(walked)} names exactly its allowed paths`);
      for (const path of paths.filter((candidate) => candidate.when)) assert.ok(description.includes(`\`${path.path}\` (${path.when})`), `${name(walked)} says when ${path.path} changes`);
      if (!lifecycle) continue;
      const stated = description.match(/Status transitions by PATCH of `\/status`: ([^;]*);/)?.[1].split(', ') ?? [];
      const byPatch = lifecycle.transitions.filter((transition) => transition.by.includes('patch') && !lifecycle.ownEndpoint?.[transition.to]);
      assert.deepEqual(stated, byPatch.map((transition) => `${transition.from} → ${transition.to}`), `${name(walked)} states exactly the transitions PATCH makes`);
    }
  });

  test('shared shapes are components referenced with $ref, and every reference resolves', async () => {
    const { document } = await operations(t);
    for (const component of ['ErrorResponse', 'Subscription', 'Mobile', 'MobileCreate', 'Promotion', 'SubscriptionStatus', 'AsyncOperation']) {
      assert.ok(document.components.schemas[component], `${component} is a component schema`);
    }
    const all = [...refs(document)];
    assert.ok(all.length > 1000, `${all.length} references`);
    for (const ref of new Set(all)) {
      const [hash, components, kind, key] = ref.split('/');
      assert.ok(hash === '#' && components === 'components' && (document.components as unknown as Record<string, Record<string, unknown>>)[kind]?.[key], `${ref} resolves`);
    }
    const promotion = document.paths['/v2/orgs/{org}/subscriptions/{subscriptionId}/promotions/{promotionId}'].get;
    assert.deepEqual(Object.keys(promotion.responses['200'].content!['application/json'].schema), ['$ref', 'description'].filter((key) => key in promotion.responses['200'].content!['application/json'].schema));
    assert.equal((promotion.responses['200'].content!['application/json'].schema as { $ref?: string }).$ref, '#/components/schemas/Promotion');
  });

  test('closed sets are written as enum, never as anyOf of constants; nullable fields are one type list', async () => {
    const { document } = await operations(t);
    let enums = 0;
    for (const schema of schemasIn(document)) {
      assert.equal((schema as { const?: unknown }).const, undefined, `no const: ${JSON.stringify(schema)}`);
      if (Array.isArray(schema.enum)) enums++;
      for (const union of [schema.anyOf, schema.oneOf]) {
        if (!union) continue;
        const constants = union.filter((branch) => (Array.isArray(branch.enum) && branch.enum.length === 1) || branch.type === 'null');
        assert.ok(constants.length < union.length, `a union of constants or a nullable union: ${JSON.stringify(schema).slice(0, 300)}`);
      }
    }
    assert.ok(enums > 50, `${enums} enums`);
    const reason = document.components.schemas.SubscriptionDeactivationRequest.properties!.reason;
    assert.deepEqual(reason.enum, ['SUBSCRIBER_REQUESTED', 'PORTABILITY_OUT', 'NON_PAYMENT', 'FRAUD', 'TECHNICAL', 'OTHER']);
    assert.deepEqual(document.components.schemas.Mobile.properties!.activation_date.type, ['string', 'null']);
  });

  test('every request body and every main answer has an example, valid against its own schema', async () => {
    const { api } = await operations(t);
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    let checked = 0;
    for (const walked of api) {
      const main = Object.keys(walked.operation.responses).sort().find((code) => /^2\d\d$/.test(code) && walked.operation.responses[code].content?.['application/json']);
      const media = [
        ...Object.entries(walked.operation.requestBody?.content ?? {}).map(([type, content]) => [`body ${type}`, content] as const),
        ...(main ? [[`answer ${main}`, walked.operation.responses[main].content!['application/json']] as const] : []),
      ];
      for (const [what, content] of media) {
        assert.ok(content.example !== undefined, `${name(walked)} ${what} has an example`);
        const validate = ajv.compile(content.schema);
        assert.ok(validate(content.example), `${name(walked)} ${what} example: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(content.example)}`);
        checked++;
      }
    }
    assert.ok(checked > 150, `${checked} examples`);
  });

  test('the create and transition examples succeed when sent as they are, each under parents that exist', async () => {
    const { api } = await operations(t);
    const org = 'openapi-examples';
    // Examples that name another resource by id (the insured device, the multisim's main line) cannot stand alone.
    const namesAnotherResource = new Set(['/v2/orgs/{org}/bundles/{bundleId}/subscriptions/device_insurance', '/v2/orgs/{org}/bundles/{bundleId}/subscriptions/multisim']);
    const posts = api.filter((walked) => walked.method === 'POST' && walked.operation.requestBody?.content['application/json'] && !namesAnotherResource.has(walked.path));
    assert.ok(posts.length > 20, `${posts.length} POST examples`);
    for (const walked of posts) {
      // Fresh parents for each example (a deactivation ends its line); the line's account is the examples' own.
      const bundle = await createBundle(t, org, { legacy_account_id: 1000234 });
      const line = (await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, { catalogue_commercial_product_id: 'MOBILE_UNLIMITED', status: 'ACTIVE', specific_data: { msisdn: msisdn(), imsi: imsi() } })).body;
      const below = (path: string, body: unknown) => t.request('POST', `/v2/orgs/${org}/subscriptions/${line.id}/${path}`, body);
      const ids: Record<string, () => Promise<string>> = {
        org: async () => org,
        bundleId: async () => bundle.id,
        subscriptionId: async () => line.id,
        // Only a financed device takes a payment plan.
        deviceId: async () => (await createDevice(t, org, line.id, { legacy_account_id: 1000234, acquisition_type: 'FINANCED' })).id,
        addonId: async () => (await createAddOn(t, org, line.id, { status: 'ACTIVE' })).id,
        // A REQUESTED promotion is cancelled, an ACTIVE one deactivated.
        promotionId: async () => (await below('promotions', promotionBody({ status: walked.path.endsWith('/cancellation') ? 'REQUESTED' : 'ACTIVE' }))).body.id,
        changeRequestId: async () => (await below('change_requests/tariff', { specific_data: { catalogue_bundled_commercial_product_id: '8432_BUNDLED_3P' }, reason: 'SUBSCRIBER_REQUESTED' })).body.id,
      };
      let url = walked.path;
      for (const parameter of url.match(/\{\w+\}/g) ?? []) {
        const make = ids[parameter.slice(1, -1)];
        assert.ok(make, `${name(walked)}: a parent for ${parameter}`);
        const id = await make();
        assert.ok(id, `${name(walked)}: ${parameter} was made`);
        url = url.replace(parameter, id);
      }
      const example = walked.operation.requestBody!.content['application/json'].example;
      const response = await t.request('POST', url, example);
      assert.ok(response.status >= 200 && response.status < 300, `${name(walked)} with its example ${JSON.stringify(example)}: ${response.status} ${JSON.stringify(response.body)}`);
    }
  });
});
