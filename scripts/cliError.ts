/** A failure the user can fix: printed as one line (no stack trace), then the process exits non-zero. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
    this.name = 'CliError'
  }
}

/** Print `error` as one line on stderr and return the exit code; unexpected errors keep their stack. */
export const reportError = (error: unknown, command: string): number => {
  if (error instanceof CliError) {
    process.stderr.write(`${command}: ${error.message.replace(/\s*\n\s*/g, ' ')}\n`)
    return error.exitCode
  }
  process.stderr.write(`${command}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  return 1
}
