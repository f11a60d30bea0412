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
import { generateMap, type MapCommandArgs } from './generateMapCommand.js'
import { llmPreflight } from './llmPreflight.js'
import { loadConfig, startPayload, stopPayload } from './loadPayload.js'
import { progressPrinter, totalsLine } from './progress.js'
import { runJobToEnd } from './runJob.js'

const USAGE =
  'usage: npm run generate -- --brief <id or slug> [--phases outline,body] [--force] [--verbose]\n' +
  '   or: npm run generate -- --map <id or slug> [--briefs 3,4] [--phases …] [--force] [--max-cost USD] [--max-tokens N] [--jobs 2] [--dry-run] [--verbose]'
const POLL_MS = 250

const list = (value: string | undefined) => {
  const items = value?.split(',').map((item) => item.trim()).filter(Boolean)
  return items?.length ? items : undefined
}

const positiveNumber = (name: string, value: string | undefined, integer = false) => {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!(number > 0) || (integer && !Number.isInteger(number))) throw new Error(`${name} must be a positive ${integer ? 'whole ' : ''}number, got "${value}"`)
  return number
}

/** `--map` and its options, when given. */
const mapArgs = (values: Record<string, boolean | string | undefined>): MapCommandArgs | undefined => {
  if (typeof values.map !== 'string') return undefined
  return {
    briefs: list(values.briefs as string | undefined),
    dryRun: values['dry-run'] === true,
    force: values.force === true,
    jobs: positiveNumber('--jobs', values.jobs as string | undefined, true) ?? 2,
    map: values.map,
    maxCostUsd: positiveNumber('--max-cost', values['max-cost'] as string | undefined),
    maxTokens: positiveNumber('--max-tokens', values['max-tokens'] as string | undefined, true),
    phases: list(values.phases as string | undefined),
  }
}

const parse = () => {
  try {
    const { values } = parseArgs({
      options: {
        brief: { type: 'string' },
        briefs: { type: 'string' },
        'dry-run': { default: false, type: 'boolean' },
        force: { default: false, type: 'boolean' },
        jobs: { type: 'string' },
        map: { type: 'string' },
        'max-cost': { type: 'string' },
        'max-tokens': { type: 'string' },
        phases: { type: 'string' },
        verbose: { default: false, type: 'boolean' },
      },
    })
    if (values.brief && values.map) throw new Error('give --brief or --map, not both')
    if (!values.brief && !values.map) throw new Error('--brief or --map is required')
    return { brief: values.brief, force: values.force, map: mapArgs(values), phases: list(values.phases), verbose: values.verbose }
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
    if (args.map) return await generateMap(payload, options, args.map, (line) => process.stdout.write(`${line}\n`))
    const brief = await findBrief(payload, options, args.brief!)
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
