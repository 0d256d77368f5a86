/**
 * Realistic examples for the OpenAPI document, built from the schemas themselves: a field's own `examples` or
 * `default` first, then its enum, then a value that fits its name and format. A request body's example carries the
 * required fields and the optional scalars a client would send (no server-set fields, no embedded children), so
 * the example /docs offers can be sent as it is. test/mechanisms/openapi.test.ts validates every example against
 * its schema and sends the create examples.
 */

type Json = Record<string, unknown>;
type Resolve = (schema: Json) => Json;

const UUID_EXAMPLE = '3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88';
const DATE_EXAMPLE = '2026-03-01T09:30:00Z';

/** Values by field name, for fields whose schema says only "a string" or "a number". */
const BY_NAME: Array<[RegExp, unknown]> = [
  [/^(msisdn)$/, '+34611223344'],
  [/^phone_number$/, '+34911223344'],
  [/^imsi$/, '214030000000001'],
  [/^iccid$/, '8934071234567890125'],
  [/^mac_address$/, '00:1A:2B:3C:4D:5E'],
  [/^serial_number$/, 'SN-4C7A9F0E'],
  [/email$/, 'ana.garcia@example.com'],
  [/^currency$/, 'EUR'],
  [/^(account_id)$/, 'ACC-000123'],
  [/^external_id$/, 'EXT-558812'],
  [/^partner_account_id$/, 'NFX0000012345'],
  [/^service_id$/, 'NETFLIX_STANDARD'],
  [/^product_id$/, 'BUNDLE_2024'],
  [/^offer_id$/, 'OFFER_2024'],
  [/catalogue_bundled_commercial_product_id$/, '8432_BUNDLED_3P'],
  [/^catalogue_commercial_product_id$/, 'MOBILE_UNLIMITED'],
  [/^catalogue_commercial_device_id$/, 'IPHONE_15_128'],
  [/^catalogue_promotion_id$/, 'PROMO_20_OFF'],
  [/^catalogue_term_id$/, 'TERM_24_MONTHS'],
  [/catalogue.*_id$/, 'CATALOGUE_ITEM_1'],
  [/^(reason|.*_reason)$/, 'Customer request'],
  [/_(system)$/, 'crm'],
  [/_(user)$/, 'agent.lopez'],
  [/^street$/, 'Calle de Alcalá 42'],
  [/^postal_code$/, '28014'],
  [/^city$/, 'Madrid'],
  [/^province$/, 'Madrid'],
  [/^country$/, 'ES'],
  [/^(path)$/, '/status'],
  [/^(callback|url)$/, 'https://crm.example.com/hooks/inventory'],
  [/^legacy_.*id$|^legacy_id$/, 1000234],
  [/(amount|price|limit|value|fee)/, 25.5],
];

function byName(name: string | undefined, type: string): unknown {
  if (!name) return undefined;
  for (const [pattern, value] of BY_NAME) {
    if (!pattern.test(name)) continue;
    if ((typeof value === 'number') === (type === 'number' || type === 'integer')) return value;
  }
  return undefined;
}

const typeOf = (schema: Json): string | undefined => {
  const type = schema.type;
  if (Array.isArray(type)) return type.find((candidate) => candidate !== 'null') as string | undefined;
  return type as string | undefined;
};

function stringExample(schema: Json, name: string | undefined): string {
  if (schema.format === 'uuid') return UUID_EXAMPLE;
  if (schema.format === 'date-time') return DATE_EXAMPLE;
  if (schema.format === 'email') return 'ana.garcia@example.com';
  if (schema.format === 'uri') return 'https://crm.example.com/hooks/inventory';
  const named = byName(name, 'string');
  const value = typeof named === 'string' ? named : name ? name.toUpperCase().replace(/[^A-Z0-9]+/g, '_') : 'text';
  const minLength = (schema.minLength as number | undefined) ?? 0;
  const maxLength = (schema.maxLength as number | undefined) ?? Infinity;
  return value.padEnd(minLength, 'X').slice(0, maxLength);
}

function numberExample(schema: Json, name: string | undefined, type: string): number {
  const named = byName(name, type);
  let value = typeof named === 'number' ? named : type === 'integer' ? 1 : 10.5;
  if (type === 'integer') value = Math.round(value);
  if (typeof schema.minimum === 'number' && value < schema.minimum) value = schema.minimum;
  if (typeof schema.maximum === 'number' && value > schema.maximum) value = schema.maximum;
  return value;
}

/** An optional field a request example carries: one whose schema states a value (its example, default or values). */
const stated = (schema: Json) => Array.isArray(schema.examples) || schema.default !== undefined || (Array.isArray(schema.enum) && !(Array.isArray(schema.type) && schema.type.includes('null')));

/**
 * An example of a schema. A `request` example carries the required fields and the optional ones whose schema states
 * a value; children created alongside have their own endpoints and examples.
 */
export function exampleOf(input: Json, resolve: Resolve, request: boolean, name?: string, depth = 0): unknown {
  const schema = resolve(input);
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum.find((value) => value !== null);
  const branches = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (branches) {
    const branch = branches.map(resolve).find((candidate) => candidate.type !== 'null') ?? branches[0];
    return exampleOf(branch, resolve, request, name, depth);
  }
  const type = typeOf(schema) ?? (schema.properties ? 'object' : undefined);
  switch (type) {
    case 'object': {
      const required = new Set((schema.required as string[] | undefined) ?? []);
      const result: Json = {};
      for (const [field, child] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
        const resolved = resolve(child);
        if (request && !required.has(field) && !stated(resolved)) continue;
        // An answer's empty optional field is null (an ACTIVE line has no deactivation date yet).
        if (!request && Array.isArray(resolved.type) && resolved.type.includes('null') && !stated(resolved)) {
          result[field] = null;
          continue;
        }
        result[field] = exampleOf(child, resolve, request, field, depth + 1);
      }
      return result;
    }
    case 'array': {
      // The top-level list shows one item; embedded lists show one only where one is required.
      const count = Math.max(depth <= 1 ? 1 : 0, (schema.minItems as number | undefined) ?? 0);
      if (!schema.items) return [];
      return Array.from({ length: count }, () => exampleOf(schema.items as Json, resolve, request, name, depth + 1));
    }
    case 'string':
      return stringExample(schema, name);
    case 'integer':
    case 'number':
      return numberExample(schema, name, type);
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return request ? undefined : null;
  }
}
