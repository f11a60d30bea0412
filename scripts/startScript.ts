import { reportError } from './cliError.js'
import { preloadLexical } from './preloadLexical.js'
import { relaunch } from './relaunch.js'

/**
 * Run a command module's `main()` and exit with its code; errors become one line (see cliError).
 * The command is imported only after Lexical is preloaded (see preloadLexical), so entry files
 * import nothing else. If loading still stalls, the event loop empties before `main` runs
 * (`beforeExit`), and the command is started again instead of exiting silently with code 0.
 */
export const startScript = (name: string, load: () => Promise<{ main: () => Promise<number> }>): void => {
  let started = false
  process.once('beforeExit', () => {
    if (!started) return relaunch(name)
    process.stderr.write(`${name}: stopped before finishing (nothing left to wait for); see the output above\n`)
    process.exit(1)
  })
  void preloadLexical()
    .then(load)
    .then(({ main }) => {
      started = true
      return main()
    })
    .then(
      (code) => process.exit(code),
      (error: unknown) => process.exit(reportError(error, name)),
    )
}
