import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDialect, type TestApp } from '../helpers/app.js';

/** The served document's operations, walked once per test. */
interface Schema {
  type?: string;
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
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
  security?: unknown[];
}
interface Walked {
  method: string;
  path: string;
  operation: OperationObject;
  headers: string[];
  query: Parameter[];
}

async function operations(t: TestApp): Promise<{ document: { security?: unknown[] }; all: Walked[]; api: Walked[] }> {
  const response = await t.request('GET', '/openapi.json');
  assert.equal(response.status, 200);
  const all: Walked[] = [];
  for (const [path, methods] of Object.entries(response.body.paths as Record<string, Record<string, OperationObject>>)) {
    for (const [method, operation] of Object.entries(methods)) {
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
  return { document: response.body, all, api: all.filter((walked) => walked.path.startsWith('/v2/')) };
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
        for (const branch of branches(schema).filter((candidate) => candidate.type === 'number')) {
          money++;
          assert.match(branch.description ?? '', /at most 2 decimals/, `${name(walked)} body ${key} states money's 2 decimals`);
        }
      }
    }
    assert.equal(found.size, expectations.length, `every format is met in some body: ${[...found].join(', ')}`);
    assert.ok(money > 5, `${money} money fields`);
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
