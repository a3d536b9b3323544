// A node:test reporter that writes the coverage summary (per-file line counts) as JSON.
// Used by tools/node-test.js, which applies include/exclude globs and the threshold.
export default async function* coverageSummaryReporter(source) {
  for await (const event of source) {
    if (event.type === 'test:coverage' && event.data.nesting === 0) {
      yield JSON.stringify(event.data.summary);
    }
  }
}
