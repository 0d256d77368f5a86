import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AsyncOperation, OPERATION_STATUSES, OPERATION_TYPES, operationsTable, publicOperation, type StoredOperation } from '../../core/operations.js';
import { conn, findById, listResources, type Conn } from '../../core/store.js';
import { contextOf, sendAccepted, sendResource } from '../../http/context.js';
import { carriesIdempotencyKey, claimIdempotencyKey, hashPart, requestHasher } from '../../http/idempotency.js';
import { AppError, badRequest } from '../../core/errors.js';
import { CreateHeaders, pathParams } from '../../http/schemas.js';
import { parseFilters, type FilterSpecs } from '../../http/filters.js';
import { listQuery, pageOf, pagedSet, sendPage } from '../../http/lists.js';
import {
  AdministrationOperation,
  AdministrationOperationResponse,
  administrationResponse,
  awaitBatch,
  BatchLineResult,
  BatchUpload,
  LINE_OUTCOMES,
  listBatchResults,
  MAX_BATCH_BYTES,
  operationView,
} from './batch.js';
import { operationPaths } from './paths.js';

const operationFilters: FilterSpecs = {
  type: { kind: 'enum', column: 'type', values: OPERATION_TYPES },
  status: { kind: 'enum', column: 'status', values: OPERATION_STATUSES },
  creation_date: { kind: 'date', column: 'creation_date' },
};
const resultFilters: FilterSpecs = {
  outcome: { kind: 'enum', column: 'outcome', values: LINE_OUTCOMES, description: 'SUCCEEDED or FAILED (or the {eq,in} object)' },
};
const OperationList = pagedSet('OperationList', AsyncOperation);
const BatchResultList = pagedSet('BatchResultList', BatchLineResult);
const tags = ['Operations'];

/** The file part, for the OpenAPI document; the stream itself is read by the handler, never buffered. */
const BatchFileBody = {
  content: {
    'multipart/form-data': {
      // The parts are read by the handler, so the parsed body is null: the document states the part itself.
      schema: {
        type: ['object', 'null'],
        'x-document': { type: 'object', additionalProperties: false },
        properties: {
          file: {
            type: 'string',
            minLength: 1,
            contentMediaType: 'text/csv',
            description: 'The CSV of API.md 12.1: header operation,subscription_id[,resource_id,reason,value,date]',
            examples: ['operation,subscription_id,resource_id,reason,value,date\nSET_CREDIT_LIMIT,3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88,MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT,,150,\n'],
          },
        },
        required: ['file'],
      },
    },
  },
};

/**
 * Iterates the multipart parts or a part's bytes, translating the iterator's own errors: a body that breaks off
 * or lacks its boundary is the client's error (400), not the service's. Errors that carry a status (a limit: 413)
 * keep it; the consumer's errors (a database failure while staging) never pass through here.
 */
async function* clientStream<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<T>;
    try {
      next = await iterator.next();
    } catch (error) {
      if (error instanceof AppError || (error as { statusCode?: number }).statusCode !== undefined) throw error;
      throw badRequest(`the multipart body is malformed: ${(error as Error).message}`);
    }
    if (next.done) return;
    yield next.value;
  }
}

async function requireOperation(c: Conn, org: string, id: string) {
  const stored = await findById(c, operationsTable, org, id);
  if (!stored) throw new AppError('OPERATION_NOT_FOUND', `operation ${id} not found`);
  return stored;
}

export const operationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, worker } = app;
  // Scoped to these routes: no other endpoint accepts multipart. The part named file is streamed as a file even
  // when its Content-Disposition has no filename (file_name is then null).
  await app.register(multipart, {
    limits: { fileSize: MAX_BATCH_BYTES },
    isPartAFile: (fieldName, _contentType, fileName) => fieldName === 'file' || fileName !== undefined,
  });

  app.post(operationPaths.collection.pattern, {
    bodyLimit: MAX_BATCH_BYTES,
    // The body is hashed for its Idempotency-Key part by part as it streams, and the key claimed once it is read.
    config: { permission: 'admin', streamedBody: true },
    schema: {
      tags,
      summary: 'Run an administration batch, or rehearse it with `dry_run=true`: a CSV with one operation per line (202; waits up to `wait` seconds for it to finish)',
      consumes: ['multipart/form-data'],
      params: pathParams(),
      querystring: Type.Object(
        {
          wait: Type.Optional(Type.Integer({ minimum: 0, maximum: 60, default: 10, description: 'Seconds to wait for the batch to finish (0–60)' })),
          dry_run: Type.Optional(
            Type.Boolean({
              default: false,
              description:
                'true: a rehearsal (API.md 17.4). Every line runs as in a real batch, in file order and against the state the earlier lines would have left, then everything is rolled back: the results say what each line would do, and nothing changes (no resource, status history, event or scheduled operation). The operation shows `dry_run: true`; a real batch and a rehearsal of the same file are different requests (the same Idempotency-Key on both → 422 IDEMPOTENCY_KEY_REUSED).',
            }),
          ),
        },
        { additionalProperties: false },
      ),
      headers: CreateHeaders,
      body: BatchFileBody,
      response: { 202: { ...AdministrationOperationResponse, description: 'Batch accepted (does not mean that every line succeeded: see progress and results)' } },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      if (!request.isMultipart()) {
        if (request.headers['content-type'] === undefined) throw badRequest('the request needs a multipart/form-data body with the CSV in a part named file');
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', `POST /operations takes multipart/form-data (a part named file holding the CSV), not ${request.headers['content-type']}`);
      }
      const upload = new BatchUpload(database, context.org);
      const hash = carriesIdempotencyKey(request) ? requestHasher(request) : undefined;
      let accepted: StoredOperation;
      try {
        let fileName: string | null | undefined;
        for await (const part of clientStream(request.parts())) {
          if (part.fieldname !== 'file' || part.type !== 'file' || fileName !== undefined) {
            throw new AppError('INVALID_CSV', `unexpected part ${JSON.stringify(part.fieldname)}: the body holds one part, named file`);
          }
          fileName = part.filename || null;
          await upload.read(hashPart(hash, part.fieldname, part.filename, clientStream<Buffer>(part.file)));
          if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', `the file is larger than ${MAX_BATCH_BYTES / 1024 / 1024} MiB`);
        }
        if (hash && (await claimIdempotencyKey(request, reply, hash.digest('hex')))) {
          await upload.discard();
          return reply;
        }
        if (fileName === undefined) throw new AppError('INVALID_CSV', 'the body has no part named file');
        accepted = await upload.accept(context.identity, fileName, request.query.dry_run ?? false, context.effect);
        // A retry of a batch whose acceptance committed answers that batch: this upload's copy is not needed.
        if (request.idempotency?.replaying) await upload.discard();
      } catch (error) {
        await upload.discard();
        throw error;
      }
      worker?.wake();
      const current = await awaitBatch(database, context.org, accepted, request.query.wait ?? 10);
      return sendAccepted(reply, operationPaths.item.path({ org: context.org, operationId: accepted.id }), await administrationResponse(database, context.org, current));
    },
  });

  app.get(operationPaths.collection.pattern, {
    schema: { tags, summary: "The org's asynchronous operations, oldest first", params: pathParams(), querystring: listQuery(operationFilters), response: { 200: OperationList } },
    handler: async (request, reply) => {
      const page = pageOf(request.query);
      const result = await listResources(conn(database), operationsTable, request.params.org, parseFilters(operationFilters, request.query), page);
      return sendPage(reply, page, { items: result.items.map(publicOperation), total: result.total });
    },
  });

  app.get(operationPaths.item.pattern, {
    schema: {
      tags,
      summary: 'An asynchronous operation: its status, outcome and progress (an administration batch also its file name)',
      params: pathParams('operationId'),
      // The batch's shape first: the serializer answers with the first schema the operation matches.
      response: { 200: Type.Union([AdministrationOperation, AsyncOperation]) },
    },
    handler: async (request, reply) => {
      const stored = await requireOperation(conn(database), request.params.org, request.params.operationId);
      return sendResource(request, reply, { resource: operationView(stored.resource), version: stored.version });
    },
  });

  app.get(operationPaths.item.below('/results').pattern, {
    schema: {
      tags,
      summary: "An administration batch's per-line results, in file order (the lines that have run so far)",
      params: pathParams('operationId'),
      querystring: listQuery(resultFilters),
      response: { 200: BatchResultList },
    },
    handler: async (request, reply) => {
      const c = conn(database);
      const operation = (await requireOperation(c, request.params.org, request.params.operationId)).resource;
      const page = pageOf(request.query);
      return sendPage(reply, page, await listBatchResults(c, request.params.org, operation, parseFilters(resultFilters, request.query), page), (result) => [result.line]);
    },
  });
};
