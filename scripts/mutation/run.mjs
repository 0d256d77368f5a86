// How the tap runner starts a test file (stryker.config.mjs): `test/x.test.ts` runs as its transpiled
// `.mutation-build/test/x.test.js` (scripts/mutation/build.mjs), while Stryker keeps naming it by its source.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [testFile] = process.argv.slice(2);
await import(pathToFileURL(path.resolve('.mutation-build', testFile.replace(/\.ts$/, '.js'))).href);
