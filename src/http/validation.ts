import { createRequire } from 'node:module';
import type { FastifySchemaCompiler } from 'fastify';
import type { ValidateFunction } from 'ajv';
import { bodyAjv, textAjv } from '../core/validation.js';

/**
 * Each route's validator is compiled by Ajv on the route's first request, not at start: compiling the ~400
 * schemas of every route up front was most of the start-up time, and a node serves a few routes at first.
 */
export const schemaCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  let compiled: ValidateFunction | undefined;
  const validate = (data: unknown) => {
    compiled ??= (httpPart === 'body' ? bodyAjv : textAjv).compile(schema as object);
    const valid = compiled(data);
    validate.errors = compiled.errors;
    return valid;
  };
  validate.errors = null as ValidateFunction['errors'];
  return validate as ReturnType<FastifySchemaCompiler<unknown>>;
};

type Serialize = (data: unknown) => string;
type SerializerFactory = (externalSchemas: unknown, options: unknown) => (route: { schema: unknown }) => Serialize;
// Fastify's own response-serializer factory (fast-json-stringify), resolved from fastify so the versions match.
const fromFastify = createRequire(createRequire(import.meta.url).resolve('fastify'));
const { SerializerSelector } = fromFastify('@fastify/fast-json-stringify-compiler') as { SerializerSelector: () => SerializerFactory };

/**
 * Fastify's response serializers, each compiled on its first answer instead of at start: fast-json-stringify
 * building a serializer for every status of every route was the largest part of the start-up.
 */
export const lazySerializers: SerializerFactory = (externalSchemas, options) => {
  const build = SerializerSelector()(externalSchemas, options);
  return (route) => {
    let serialize: Serialize | undefined;
    return (data) => (serialize ??= build(route))(data);
  };
};
