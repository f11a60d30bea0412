import { spawn } from 'node:child_process'

const ATTEMPT_ENV = 'PROMPT_KIT_SCRIPT_ATTEMPT'
const MAX_ATTEMPTS = 5

/** Called once loading succeeded: processes this command starts count their own attempts. */
export const forgetAttempts = (): void => {
  delete process.env[ATTEMPT_ENV]
}

/**
 * Start this same command again in a fresh process, pass signals on, and exit with its code. For
 * a start that stalled while loading modules (see preloadLexical): nothing has run yet, so a
 * second start is safe. Gives up (exit 1) after MAX_ATTEMPTS.
 */
export const relaunch = (name: string): void => {
  const attempt = Number(process.env[ATTEMPT_ENV] ?? '1')
  if (attempt >= MAX_ATTEMPTS) {
    process.stderr.write(`${name}: Node's module loader stalled ${attempt} times while starting; run the command again\n`)
    process.exit(1)
  }
  process.stderr.write(`${name}: module loading stalled (a Node 20 ESM loader deadlock); starting again (attempt ${attempt + 1} of ${MAX_ATTEMPTS})\n`)
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    env: { ...process.env, [ATTEMPT_ENV]: String(attempt + 1) },
    stdio: 'inherit',
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
