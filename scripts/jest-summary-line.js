// A Jest reporter that ends the run with one plain line, `tests: N passed,
// N failed` (and `, N skipped`), that any CI can read.
export default class SummaryLine {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const line =
      `tests: ${results.numPassedTests} passed, ` +
      `${results.numFailedTests} failed` +
      (skipped > 0 ? `, ${skipped} skipped` : '')
    process.stdout.write(`${line}\n`)
  }
}
