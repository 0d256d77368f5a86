// `npm run mutate` (docs/MUTATION.md): SQLite only, one mutant at a time, incremental. Not part of npm test or CI.
// A scope (MUTATE_SCOPE, set by scripts/mutate.ts) pairs the code it mutates with the test files that can kill its
// mutants: running the HTTP suites against a core mutant costs minutes, and a unit file against a service nothing.
const scopes = {
  // Reads as of an instant are SQL run through HTTP (API.md 17.1): versions.ts is its own scope, against those tests.
  core: { mutate: ['src/core/**/*.ts', '!src/core/versions.ts'], testFiles: ['test/unit/*.test.ts'] },
  versions: { mutate: ['src/core/versions.ts'], testFiles: ['test/history.test.ts'] },
  // A promotion's commitments, its replays and its refused transitions are asserted in those suites too.
  promotions: {
    mutate: ['src/resources/promotions/service.ts'],
    testFiles: ['test/promotions.test.ts', 'test/commitments.test.ts', 'test/idempotency.test.ts', 'test/lifecycles.test.ts'],
  },
  // The export reads lines through this service (readLinesAfter): its tests are the export's.
  subscriptions: {
    mutate: ['src/resources/subscriptions/service.ts'],
    testFiles: ['test/subscriptions.test.ts', 'test/subscription-rules.test.ts', 'test/exports.test.ts'],
  },
  // The cascades that end commitments, their expiry and their start are exercised by the devices' tests too.
  commitments: { mutate: ['src/resources/commitments/service.ts'], testFiles: ['test/commitments.test.ts', 'test/devices.test.ts'] },
  // Rehearsals (dry runs) are the batch's code too (rehearseBatch).
  batch: { mutate: ['src/resources/operations/batch.ts'], testFiles: ['test/batches.test.ts', 'test/batch-cells.test.ts', 'test/rehearsals.test.ts'] },
};

const name = process.env.MUTATE_SCOPE ?? 'core';
const scope = scopes[name];
if (!scope) throw new Error(`MUTATE_SCOPE=${name} is not a scope: use one of ${Object.keys(scopes).join(', ')}`);

export default {
  packageManager: 'npm',
  testRunner: 'tap',
  // The sandbox's code is transpiled once (scripts/mutation/build.mjs); each test file then starts on plain Node
  // (scripts/mutation/run.mjs), about three times faster than under tsx. Its TAP output is read.
  buildCommand: 'node scripts/mutation/build.mjs',
  tap: { testFiles: scope.testFiles, nodeArgs: ['-r', '{{hookFile}}', 'scripts/mutation/run.mjs', '{{testFile}}'], forceBail: true },
  // The tap runner records coverage per test file: a mutant runs only the files that executed its code.
  coverageAnalysis: 'perTest',
  // Under the tap runner all coverage is per file, none "static"; kept so a runner that reports static coverage
  // does not rerun every file for a mutant reached only at import time.
  ignoreStatic: true,
  // No TypeScript checker: on a busy two-core machine it type-checked the whole project for minutes while the test
  // runner stood idle, to discard the few mutants that do not compile. `-- --checkers typescript` turns it on.
  checkers: [],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: scope.mutate,
  ignorePatterns: ['/dist', '/data', '/bench/results', '/reports', '/console/dist', '/docs', '/mutation', '/.mutation-build', '/.stryker-tmp*'],
  concurrency: 1,
  // A mutant that makes a test wait forever (a polling loop that never ends) is stopped after about 10 s more than the file needs.
  timeoutMS: 10000,
  timeoutFactor: 2,
  incremental: true,
  incrementalFile: `mutation/incremental-${name}.json`,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
