/** `npm run generate`: see generate.ts. */
import type { Payload } from 'payload'

import { parseArgs } from 'node:util'

import type { ResolvedPromptKitOptions } from '../src/types.js'

import { HttpError } from '../src/endpoints/defineEndpoint.js'
import { generateArticle } from '../src/generateArticle.js'
import { getPipelineStatus } from '../src/pipeline/status.js'
import { CUSTOM_KEY } from '../src/pluginOptions.js'
import { CliError } from './cliError.js'
import { findBrief } from './findBrief.js'
import { llmPreflight } from './llmPreflight.js'
import { loadConfig, startPayload, stopPayload } from './loadPayload.js'
import { progressPrinter, totalsLine } from './progress.js'
import { runJobToEnd } from './runJob.js'

const USAGE = 'usage: npm run generate -- --brief <id or slug> [--phases outline,body] [--force] [--verbose]'
const POLL_MS = 250

const parse = () => {
  try {
    const { values } = parseArgs({
      options: {
        brief: { type: 'string' },
        force: { default: false, type: 'boolean' },
        phases: { type: 'string' },
        verbose: { default: false, type: 'boolean' },
      },
    })
    if (!values.brief) throw new Error('--brief is required')
    const phases = values.phases?.split(',').map((key) => key.trim()).filter(Boolean)
    return { brief: values.brief, force: values.force, phases: phases?.length ? phases : undefined, verbose: values.verbose }
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}; ${USAGE}`, 2)
  }
}

export const main = async (): Promise<number> => {
  const args = parse()
  const config = await loadConfig()
  const options = (config.custom as Record<string, unknown> | undefined)?.[CUSTOM_KEY] as ResolvedPromptKitOptions | undefined
  if (!options) throw new CliError('the Payload config does not use promptKitPlugin(); add it to `plugins`')
  if (options.disabled) throw new CliError('payload-prompt-kit runs with `disabled: true`; generation is turned off')
  const baseURL = await llmPreflight(options.llm)

  let payload: Payload | undefined
  try {
    payload = await startPayload(config, { verbose: args.verbose })
    const brief = await findBrief(payload, options, args.brief)
    const startedAt = Date.now()
    const run = await generateArticle(payload, { brief: brief.id, force: args.force, phases: args.phases }).catch((error: unknown) => {
      throw error instanceof HttpError ? new CliError(error.message) : error
    })
    const out = (line: string) => process.stdout.write(`${line}\n`)
    out(`brief "${String(brief.title)}" → article ${String(run.articleId)}: run ${run.runId}, ${run.phases.length} phase(s) via ${baseURL}`)

    const print = progressPrinter(out, startedAt)
    let running = true
    const watcher = (async () => {
      while (running) {
        print(await getPipelineStatus(payload!, run.articleId))
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
    })()
    try {
      await runJobToEnd(payload, run.jobId, (waitMs, tried) =>
        out(`attempt ${tried} failed; retrying in ${(waitMs / 1000).toFixed(0)}s (Ctrl-C to stop; a worker can resume it)`),
      )
    } finally {
      running = false
      await watcher
    }

    const status = await getPipelineStatus(payload, run.articleId)
    print(status)
    out(totalsLine(status, run.phases, Date.now() - startedAt))
    if (status.run?.status !== 'succeeded') throw new CliError(`run ${run.runId} ${status.run?.status ?? 'ended'}: ${status.run?.error ?? 'see the phases above'}`)
    return 0
  } finally {
    await stopPayload(payload)
  }
}
