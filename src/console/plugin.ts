import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../core/errors.js';

/**
 * Serves the operator console at /console from dist/console-assets (built by scripts/console-build.ts, which
 * `npm start` and `npm test` run first). Static files only: the console reaches the API like any other client.
 */
// Two folders below the checkout both when run from src/console/ (tsx) and from the build, where app.ts's dynamic
// import of this module makes it a chunk of its own in dist/chunks/.
const ASSETS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/console-assets');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const ASSET_NAME = /^[a-z0-9-]+\.(?:js|css|map)$/;
const hidden = { schema: { hide: true } };

const consolePlugin: FastifyPluginAsync = async (app) => {
  const authentication = Boolean(app.config.auth.jwtSecret || app.config.auth.jwksUrl);

  app.get('/console', hidden, async (_request, reply) => {
    const index = path.join(ASSETS, 'index.html');
    if (!existsSync(index)) {
      return reply.status(503).type('text/html; charset=utf-8').send('<!doctype html><title>Console not built</title><p>The console is not built: run <code>npm run console:build</code> (npm start does it).</p>');
    }
    return reply.header('cache-control', 'no-cache').type(TYPES['.html']).send(await readFile(index));
  });

  // Whether the console must ask for a token: the only thing it needs to know that the API does not say.
  app.get('/console/config.json', hidden, async (_request, reply) => reply.header('cache-control', 'no-store').send({ authentication }));

  app.get<{ Params: { asset: string } }>('/console/:asset', hidden, async (request, reply) => {
    const { asset } = request.params;
    const file = path.join(ASSETS, asset);
    if (!ASSET_NAME.test(asset) || !existsSync(file)) throw new AppError('ROUTE_NOT_FOUND', `the console has no file ${asset}`);
    return reply.header('cache-control', 'no-cache').type(TYPES[path.extname(asset)]).send(await readFile(file));
  });
};

export default consolePlugin;
