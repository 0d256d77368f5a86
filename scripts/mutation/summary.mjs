// `node scripts/mutation/summary.mjs [report…]`: the mutation score per file and in all of Stryker JSON reports
// (default mutation/incremental-core.json and mutation/incremental-versions.json, the two scopes of src/core), as
// Stryker counts it: (killed + timed out) / (those + survived + no coverage). A file found in several reports is
// counted from the last. A partial report (a run stopped early) counts only the mutants it holds.
import { readFileSync } from 'node:fs';

const reports = process.argv.length > 2 ? process.argv.slice(2) : ['mutation/incremental-core.json', 'mutation/incremental-versions.json'];
const files = Object.assign({}, ...reports.map((report) => JSON.parse(readFileSync(report, 'utf8')).files));
const rows = [];
const total = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 };
for (const [file, { mutants }] of Object.entries(files).sort()) {
  const count = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 };
  for (const { status } of mutants) {
    const key = { Killed: 'killed', Timeout: 'timeout', Survived: 'survived', NoCoverage: 'noCoverage' }[status] ?? 'other';
    count[key]++;
    total[key]++;
  }
  rows.push([file, count]);
}
const score = (c) => {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid === 0 ? 'n/a' : `${((100 * (c.killed + c.timeout)) / valid).toFixed(1)} %`;
};
console.log('| file | mutants | killed | timed out | survived | no coverage | not run (compile/runtime errors) | score |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [file, c] of [...rows, ['**all**', total]]) {
  const mutants = c.killed + c.timeout + c.survived + c.noCoverage + c.other;
  console.log(`| ${file} | ${mutants} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.other} | ${score(c)} |`);
}
