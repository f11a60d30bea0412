/** `npm run worker`: see worker.ts. */
import type { Payload } from 'payload'

import { parseArgs } from 'node:util'

import { runPendingPipelines } from '../src/jobs/runPendingPipelines.js'
import { CliError } from './cliError.js'
import { loadConfig, startPayload, stopPayload } from './loadPayload.js'

const USAGE = 'usage: npm run worker -- [--limit <jobs per batch, default 4>] [--interval <idle poll ms, default 1000>] [--verbose]'

const positive = (name: string, value: string | undefined, fallback: number) => {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--${name} must be a whole number of at least 1, got "${value}"; ${USAGE}`, 2)
  return n
}

const parse = () => {
  try {
    const { values } = parseArgs({
      options: { interval: { type: 'string' }, limit: { type: 'string' }, verbose: { default: false, type: 'boolean' } },
    })
    return { interval: positive('interval', values.interval, 1000), limit: positive('limit', values.limit, 4), verbose: values.verbose }
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(`${error instanceof Error ? error.message : String(error)}; ${USAGE}`, 2)
  }
}

export const main = async (): Promise<number> => {
  const args = parse()
  let stopping = false
  let wake: (() => void) | undefined
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1)
    stopping = true
    process.stderr.write(`worker: ${signal}: finishing the jobs in progress, then exiting (send it again to exit now)\n`)
    wake?.()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)

  const payload: Payload = await startPayload(await loadConfig(), { verbose: args.verbose })
  process.stdout.write(`worker: pid ${process.pid} running generation jobs (${args.limit} at a time) on ${payload.db.name}\n`)
  try {
    while (!stopping) {
      try {
        const result = await runPendingPipelines(payload, { limit: args.limit })
        const ran = Object.keys(result.jobStatus ?? {}).length
        if (ran > 0) {
          process.stdout.write(`worker: ran ${ran} job(s)\n`)
          continue
        }
      } catch (error) {
        // A busy database (SQLite written by another process) or a dropped connection: retry later.
        const cause = (error as { cause?: { message?: string } }).cause?.message
        payload.logger.error(`worker: running jobs failed, retrying in ${args.interval} ms: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}${cause ? ` (${cause})` : ''}`)
      }
      // Idle: sleep, but wake at once on a signal.
      await new Promise<void>((resolve) => {
        wake = resolve
        setTimeout(resolve, args.interval)
      })
    }
  } finally {
    await stopPayload(payload)
  }
  // maxRSS is in KiB: the peak resident memory of this process, for capacity planning (and the bench).
  process.stdout.write(`worker: stopped; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`)
  return 0
}
