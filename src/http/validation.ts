import type { FastifySchemaCompiler } from 'fastify';
import { bodyAjv, textAjv } from '../core/validation.js';

export const schemaCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const validate = (httpPart === 'body' ? bodyAjv : textAjv).compile(schema as object);
  return validate as ReturnType<FastifySchemaCompiler<unknown>>;
};
