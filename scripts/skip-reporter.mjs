// A node:test reporter (plain JavaScript: node loads reporters before tsx can compile them) that writes every
// skipped test (file, name, reason) as one JSON array, for scripts/test.ts to hold against test/skips.json: a skip
// nobody listed fails the run.
export default async function* skipReporter(source) {
  const skipped = [];
  for await (const event of source) {
    const skip = event.data?.skip;
    if ((event.type === 'test:pass' || event.type === 'test:fail') && skip !== undefined && skip !== false) {
      skipped.push({ file: event.data.file ?? null, name: event.data.name, reason: typeof skip === 'string' ? skip : '' });
    }
  }
  yield `${JSON.stringify(skipped)}\n`;
}
