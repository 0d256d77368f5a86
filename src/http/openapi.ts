/**
 * The served OpenAPI document, finished once after @fastify/swagger has built it from the routes:
 * - every schema with a `title` becomes a shared component, referenced with `$ref` wherever it appears;
 * - `x-document` keywords (rules the service checks in code, see `documented` in core/schemas.ts) are written
 *   into the schema, so the document states them while validation keeps the service's own messages.
 */

import { exampleOf } from './examples.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Applies `x-document` keywords at any depth. */
function applyDocumented(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(applyDocumented);
  if (!isObject(node)) return;
  const documented = node['x-document'];
  if (isObject(documented)) {
    delete node['x-document'];
    Object.assign(node, documented);
  }
  for (const value of Object.values(node)) applyDocumented(value);
}

const isSchema = (node: Json) => typeof node.title === 'string' && ('type' in node || 'properties' in node || 'enum' in node || 'anyOf' in node);

/** The component name of a titled schema: its title, or the title with a number when another schema took it. */
function componentName(components: Map<string, string>, node: Json, text: string): string {
  const title = node.title as string;
  for (let index = 1; ; index++) {
    const name = index === 1 ? title : `${title}_${index}`;
    const existing = components.get(name);
    if (existing === undefined || existing === text) return name;
  }
}

/** Replaces titled schemas, bottom-up, by references to components; returns the node to put in its place. */
function hoist(node: unknown, components: Map<string, string>, schemas: Json): unknown {
  if (Array.isArray(node)) return node.map((item) => hoist(item, components, schemas));
  if (!isObject(node)) return node;
  const result: Json = {};
  for (const [key, value] of Object.entries(node)) {
    // A properties map holds schemas by field name: a field called "title" is not a title.
    result[key] = key === 'properties' && isObject(value) ? Object.fromEntries(Object.entries(value).map(([name, child]) => [name, hoist(child, components, schemas)])) : hoist(value, components, schemas);
  }
  if (!isSchema(result)) return result;
  // Where a schema is used says what it is there (a response row's text): that stays beside the reference.
  const { description, ...shared } = result;
  const text = JSON.stringify(shared);
  const name = componentName(components, shared, text);
  if (!components.has(name)) {
    components.set(name, text);
    schemas[name] = shared;
  }
  return { $ref: `#/components/schemas/${name}`, ...(description === undefined ? {} : { description }) };
}

/**
 * Parameters and error answers repeat across operations: each distinct one becomes a component (named by the
 * parameter, or `Error<code>`), referenced from the operations.
 */
function shareOperationParts(paths: Json, components: { parameters: Json; responses: Json }): void {
  const taken = { parameters: new Map<string, string>(), responses: new Map<string, string>() };
  const share = (kind: 'parameters' | 'responses', base: string, value: Json) => {
    const text = JSON.stringify(value);
    for (let index = 1; ; index++) {
      const name = index === 1 ? base : `${base}_${index}`;
      const existing = taken[kind].get(name);
      if (existing === undefined) {
        taken[kind].set(name, text);
        components[kind][name] = value;
      } else if (existing !== text) continue;
      return { $ref: `#/components/${kind}/${name}` };
    }
  };
  for (const methods of Object.values(paths)) {
    for (const operation of Object.values(methods as Json) as Json[]) {
      if (Array.isArray(operation.parameters)) {
        operation.parameters = operation.parameters.map((parameter: Json) => share('parameters', `${parameter.in}.${String(parameter.name).replace(/[^A-Za-z0-9._-]/g, '_')}`, parameter));
      }
      const responses = operation.responses as Json | undefined;
      for (const [code, answer] of Object.entries(responses ?? {})) {
        if (code === 'default' || Number(code) >= 400) responses![code] = share('responses', `Error${code === 'default' ? 'Default' : code}`, answer as Json);
      }
    }
  }
}

/** Each request body and each operation's main (first 2xx) JSON answer gets an example built from its schema. */
function addExamples(paths: Json, schemas: Json): void {
  const resolve = (schema: Json): Json => {
    const ref = schema.$ref;
    return typeof ref === 'string' && ref.startsWith('#/components/schemas/') ? resolve(schemas[ref.slice('#/components/schemas/'.length)] as Json) : schema;
  };
  for (const methods of Object.values(paths)) {
    for (const operation of Object.values(methods as Json) as Json[]) {
      const body = (operation.requestBody as { content?: Record<string, Json> } | undefined)?.content ?? {};
      for (const media of Object.values(body)) if (isObject(media.schema)) media.example ??= exampleOf(media.schema, resolve, true);
      const responses = (operation.responses ?? {}) as Record<string, { content?: Record<string, Json> }>;
      const main = Object.keys(responses).sort().find((code) => /^2\d\d$/.test(code) && responses[code].content?.['application/json']);
      const media = main === undefined ? undefined : responses[main].content!['application/json'];
      if (media && isObject(media.schema)) media.example ??= exampleOf(media.schema, resolve, false);
    }
  }
}

export function finishDocument<T extends { paths?: unknown; components?: unknown }>(document: T): T {
  applyDocumented(document.paths);
  const existing = (isObject(document.components) ? document.components : {}) as Json;
  const schemas: Json = isObject(existing.schemas) ? { ...existing.schemas } : {};
  const paths = hoist(document.paths, new Map(), schemas);
  addExamples(paths as Json, schemas);
  const shared = { parameters: {} as Json, responses: {} as Json };
  shareOperationParts(paths as Json, shared);
  const sorted = (parts: Json) => Object.fromEntries(Object.keys(parts).sort().map((name) => [name, parts[name]]));
  return { ...document, paths, components: { ...existing, schemas: sorted(schemas), parameters: sorted(shared.parameters), responses: sorted(shared.responses) } };
}
