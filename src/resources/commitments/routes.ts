import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { OperationsSet } from '../../core/patch.js';
import { transaction } from '../../core/store.js';
import { contextOf, sendResource } from '../../http/context.js';
import { AsOfQuery, readConn } from '../../http/as-of.js';
import { versionsRoute } from '../../http/versions-route.js';
import { ChangeHeaders, NOT_FOUND_TEXT, notFoundRow, pathParams, patchDescription } from '../../http/schemas.js';
import { statusHistoryRoute } from '../../http/status-history-route.js';
import { commitmentPaths } from './paths.js';
import { Commitment, commitmentLifecycle, type CommitmentParentKind } from './schema.js';
import { COMMITMENT_PATCH_PATHS, getCommitment, patchCommitment } from './service.js';

const tags = ['Commitments'];


/** C1–C4: a commitment is reached through its promotion or device, and answers with the parent's not-found code. */
export const commitmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, composition } = app;
  const parents: Array<{ kind: CommitmentParentKind; param: 'promotionId' | 'deviceId'; patched: string }> = [
    { kind: 'PROMOTION', param: 'promotionId', patched: 'Promotion commitment patched successfully' },
    { kind: 'DEVICE', param: 'deviceId', patched: 'Device commitment patched successfully' },
  ];
  for (const { kind, param, patched } of parents) {
    const url = commitmentPaths[kind].pattern;
    const params = pathParams('subscriptionId', param, 'commitmentId');
    const parent = composition.commitmentParents[kind];

    app.get(url, {
      schema: { tags, summary: `Get a ${kind.toLowerCase()}'s commitment`, params, querystring: AsOfQuery, response: { 200: { ...Commitment, description: 'Commitment found' }, ...notFoundRow(NOT_FOUND_TEXT.commitment) } },
      handler: async (request, reply) => {
        const p = request.params as Record<string, string>;
        return sendResource(request, reply, await getCommitment(await readConn(request), p.org, p.subscriptionId, parent, p[param], p.commitmentId));
      },
    });

    app.patch(url, {
      schema: {
        tags,
        summary: `Patch a ${kind.toLowerCase()}'s commitment`,
        description: `${patchDescription(`a ${kind.toLowerCase()}'s commitment`, COMMITMENT_PATCH_PATHS, commitmentLifecycle)} A status change needs a \`reason\`.`,
        params,
        headers: ChangeHeaders,
        body: OperationsSet,
        response: { 200: { ...Commitment, description: patched }, ...notFoundRow(NOT_FOUND_TEXT.commitment) },
      },
      handler: async (request, reply) => {
        const p = request.params as Record<string, string>;
        const context = contextOf(request);
        const saved = await transaction(database, context, (c) => patchCommitment(c, context, p.subscriptionId, kind, p[param], p.commitmentId, request.body));
        return sendResource(request, reply, saved);
      },
    });

    statusHistoryRoute(app, {
      item: commitmentPaths[kind],
      tags,
      kind: 'Commitment',
      resolve: async (c, p) => (await getCommitment(c, p.org, p.subscriptionId, parent, p[param], p.commitmentId)).resource.id,
    });

    versionsRoute(app, {
      item: commitmentPaths[kind],
      tags,
      kind: 'Commitment',
      schema: Commitment,
      resolve: async (c, p) => (await getCommitment(c, p.org, p.subscriptionId, parent, p[param], p.commitmentId)).resource.id,
    });
  }
};
