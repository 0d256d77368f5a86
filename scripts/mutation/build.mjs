// Stryker's buildCommand (stryker.config.mjs), run in its sandbox once the code is instrumented: transpiles src/
// and test/ to JavaScript in .mutation-build/, so each test file a mutant needs starts on plain Node. Under tsx,
// every module of node_modules (kysely's several hundred) goes through the loader hooks: about a second per start.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const entryPoints = ['src', 'test'].flatMap((folder) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => path.join(folder, file)),
);
// Modules outside src/ and test/ that a scope's test files import (the export's tests seed through these).
entryPoints.push('scripts/seed.ts', 'bench/dataset.ts');
await build({ entryPoints, outdir: '.mutation-build', outbase: '.', format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
