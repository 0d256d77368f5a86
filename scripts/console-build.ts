import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles the operator console (console/) into dist/console-assets/, which src/console/plugin.ts serves at
 * /console: one script, one stylesheet, the page. Every byte comes from this repository and its node_modules.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CONSOLE_ASSETS = path.join(root, 'dist', 'console-assets');

/** Builds beside the served folder, then moves each file in (an atomic rename): a page never loads half a file. */
export async function buildConsole(): Promise<void> {
  mkdirSync(path.dirname(CONSOLE_ASSETS), { recursive: true });
  const staging = mkdtempSync(`${CONSOLE_ASSETS}-`);
  try {
    await bundleInto(staging);
    mkdirSync(CONSOLE_ASSETS, { recursive: true });
    for (const file of readdirSync(staging)) renameSync(path.join(staging, file), path.join(CONSOLE_ASSETS, file));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function bundleInto(outdir: string): Promise<void> {
  await build({
    entryPoints: { app: path.join(root, 'console/src/main.ts') },
    outdir,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  await build({
    entryPoints: { app: path.join(root, 'console/styles.css') },
    outdir,
    bundle: true,
    minify: true,
    logLevel: 'warning',
  });
  copyFileSync(path.join(root, 'console/index.html'), path.join(outdir, 'index.html'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  await buildConsole();
  console.log(`console built into ${path.relative(process.cwd(), CONSOLE_ASSETS)} in ${Date.now() - started} ms`);
}
