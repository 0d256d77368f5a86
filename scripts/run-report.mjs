// A node:test reporter (plain JavaScript: node loads reporters before tsx can compile them) that writes one JSON
// object: every skipped test (file, name, reason), for scripts/test.ts to hold against test/skips.json (a skip
// nobody listed fails the run), and every failed test (file, name, error), which scripts/test.ts prints again at
// the end: in a 1,200-test TAP log a failure is otherwise one `not ok` line among thousands.
function messageOf(error) {
  // node:test wraps what a test threw; a suite that failed only because a subtest did is not a failure of its own.
  const thrown = error?.failureType === 'testCodeFailure' || error?.failureType === 'hookFailed' ? (error.cause ?? error) : error;
  const text = thrown?.stack ?? thrown?.message ?? String(thrown);
  return text.split('\n').slice(0, 12).join('\n');
}

export default async function* runReport(source) {
  const skipped = [];
  const failed = [];
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { file = null, name, skip, details } = event.data;
    if (skip !== undefined && skip !== false) skipped.push({ file, name, reason: typeof skip === 'string' ? skip : '' });
    if (event.type === 'test:fail' && details?.error?.failureType !== 'subtestsFailed') {
      failed.push({ file, name, error: messageOf(details?.error) });
    }
  }
  yield `${JSON.stringify({ skipped, failed })}\n`;
}
