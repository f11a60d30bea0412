import { reportError } from './cliError.js'
import { preloadLexical } from './preloadLexical.js'
import { forgetAttempts, relaunch } from './relaunch.js'

/** After the event loop empties while loading, how long the loader may still answer. */
const GRACE_MS = 5_000
/** Loading takes a few seconds (10-20 s on a busy machine); far longer means it is stuck. */
const LOAD_TIMEOUT_MS = 120_000

/**
 * Run a command module's `main()` and exit with its code; errors become one line (see cliError).
 * The command is imported only after Lexical is preloaded (see preloadLexical), so entry files
 * import nothing else.
 *
 * On Node 20 module loading sometimes never finishes: the event loop empties with the import
 * still pending and Node would exit silently (0 or 13) having done nothing. Then, after a grace
 * period (a slow loader thread may still answer), the command is started again in a new process.
 */
export const startScript = (name: string, load: () => Promise<{ main: () => Promise<number> }>): void => {
  let started = false
  let relaunched = false
  let grace: NodeJS.Timeout | undefined
  // Once: the process that relaunched stays alive (waiting for the new one) and must not do it again.
  const again = () => {
    if (relaunched || started) return
    relaunched = true
    clearTimeout(watchdog)
    relaunch(name)
  }
  process.on('beforeExit', () => {
    if (started) {
      process.stderr.write(`${name}: stopped before finishing (nothing left to wait for); see the output above\n`)
      process.exit(1)
    }
    if (!relaunched && !grace) grace = setTimeout(again, GRACE_MS)
  })
  // A stall that leaves some handle open never empties the loop; unref'd, so it keeps nothing alive.
  const watchdog = setTimeout(again, LOAD_TIMEOUT_MS)
  watchdog.unref()

  void preloadLexical()
    .then(load)
    .then(({ main }) => {
      // Loading finished after all, but the new process does the work: wait for it (relaunch exits).
      if (relaunched) return new Promise<number>(() => undefined)
      started = true
      clearTimeout(watchdog)
      clearTimeout(grace)
      forgetAttempts()
      return main()
    })
    .then(
      (code) => process.exit(code),
      (error: unknown) => process.exit(reportError(error, name)),
    )
}
