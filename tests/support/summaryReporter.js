/**
 * Ends a jest run with one plain line, "N passed, N failed, N skipped", that CI and people can
 * read without parsing jest's table.
 */
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numFailedTests, numPassedTests, numPendingTests, numTodoTests } = results
    process.stdout.write(
      `\njest: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`,
    )
  }
}
