import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildConsole } from './console-build.js';

/**
 * `npm run build` (and `prepare`, so `npm install` and `npm ci`, with or without `--omit=dev`, leave a runnable
 * build): src/ transpiled file by file into dist/, which `npm start` runs with plain node, and the console into
 * dist/console-assets/. No type check here: `npm run typecheck` and `npm test` do it.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'src');
const output = path.join(root, 'dist');

function typescriptFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return typescriptFiles(full);
    return entry.endsWith('.ts') && !entry.endsWith('.d.ts') ? [full] : [];
  });
}

const started = Date.now();
// A file deleted from src/ must not live on in dist/; the console assets are rebuilt beside it.
mkdirSync(output, { recursive: true });
for (const entry of readdirSync(output, { withFileTypes: true }).filter((entry) => entry.name !== 'console-assets')) {
  rmSync(path.join(output, entry.name), { recursive: true, force: true });
}
await build({
  entryPoints: typescriptFiles(source),
  outdir: output,
  outbase: source,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});
await buildConsole();
console.log(`built dist/ (server and console) in ${Date.now() - started} ms`);
