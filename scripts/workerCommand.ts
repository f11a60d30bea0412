/** `npm run worker`: see worker.ts. */
import type { Payload } from 'payload'

import { parseArgs } from 'node:util'

import { runPipelineWorker } from '../src/jobs/runPipelineWorker.js'
import { CliError } from './cliError.js'
import { loadConfig, startPayload, stopPayload } from './loadPayload.js'

const USAGE = 'usage: npm run worker -- [--limit <jobs at once, default 4>] [--interval <idle poll ms, default 1000>] [--verbose]'

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
  const stop = new AbortController()
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) process.exit(1)
    process.stderr.write(`worker: ${signal}: finishing the jobs in progress, then exiting (send it again to exit now; its jobs are taken over once their leases lapse)\n`)
    stop.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)

  const payload: Payload = await startPayload(await loadConfig(), { verbose: args.verbose })
  const out = (line: string) => process.stdout.write(`worker: ${line}\n`)
  out(`pid ${process.pid} running generation jobs (${args.limit} at a time) on ${payload.db.name}`)
  try {
    await runPipelineWorker(payload, {
      limit: args.limit,
      onJobEnd: ({ id, status }) => out(`job ${String(id)} ended: ${status}`),
      onJobStart: ({ id }) => out(`job ${String(id)} started`),
      pollMs: args.interval,
      signal: stop.signal,
    })
  } finally {
    await stopPayload(payload)
  }
  // maxRSS is in KiB: the peak resident memory of this process, for capacity planning (and the bench).
  out(`stopped; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
  return 0
}
