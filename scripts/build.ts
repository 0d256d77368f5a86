import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildConsole } from './console-build.js';

/**
 * `npm run build` (and `prepare`, so `npm install` and `npm ci`, with or without `--omit=dev`, leave a runnable
 * build): the three entry points (server, worker, token) bundled by esbuild into dist/, which `npm start` runs with
 * plain node, and the console into dist/console-assets/. One bundle, with the chunks the entry points share, loads
 * faster than the hundreds of files of src/ and its modules (about a quarter of the start-up: `bench/startup.ts`).
 * No type check here: `npm run typecheck` and `npm test` do it.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'src');
const output = path.join(root, 'dist');

/**
 * Modules the bundle loads from node_modules at run time: the database drivers (native code, and pg's optional
 * pg-native), pino and its transports (run in worker threads that load them by name), Swagger UI (it serves the
 * files of its own folder) and nats (imported only when EVENTS_NATS_URL is set).
 */
const external = ['better-sqlite3', 'pg', 'pg-native', 'pino', 'pino-pretty', 'thread-stream', '@fastify/swagger-ui', 'nats'];

const started = Date.now();
// Chunks of an earlier build must not live on in dist/; the console assets are rebuilt beside it.
mkdirSync(output, { recursive: true });
for (const entry of readdirSync(output, { withFileTypes: true }).filter((entry) => entry.name !== 'console-assets')) {
  rmSync(path.join(output, entry.name), { recursive: true, force: true });
}
await build({
  entryPoints: ['server.ts', 'worker.ts', 'token.ts'].map((entry) => path.join(source, entry)),
  outdir: output,
  outbase: source,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  external,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The CommonJS modules inside the bundle require node's own modules: an ES module has no `require` of its own.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  sourcemap: true,
  logLevel: 'warning',
});
await buildConsole();
console.log(`built dist/ (server and console) in ${Date.now() - started} ms`);
