/** The bench: see pipeline.ts. */
import { parseArgs } from 'node:util'

import { defaultKit } from '../src/kit/defaultKit.js'
import { longestChain } from '../src/pipeline/dag.js'
import { printBulk } from './bulkReport.js'
import { startFakeLlmProcess } from './fakeLlmProcess.js'
import { traceKitRun } from './operationTrace.js'
import { timeKitRuns } from './singleArticle.js'
import { sequentialBreakdown } from './timeline.js'
import { median, ms, peakRssMb } from './stats.js'
import { timeWorkerProcesses } from './workerProcesses.js'

export const main = async (): Promise<number> => {
  const { values } = parseArgs({
    options: {
      briefs: { default: '20', type: 'string' },
      'bulk-jobs-per-worker': { default: '2', type: 'string' },
      'bulk-rpm': { default: '30', type: 'string' },
      'bulk-tpm': { default: '27000', type: 'string' },
      'bulk-window': { default: '10000', type: 'string' },
      'jobs-per-worker': { default: '1', type: 'string' },
      latency: { default: '200', type: 'string' },
      reps: { default: '3', type: 'string' },
      runs: { default: '20', type: 'string' },
      parts: { default: 'kit,workers', type: 'string' },
      workers: { default: '4', type: 'string' },
    },
  })
  const parts = new Set(values.parts.split(','))
  const latency = Number(values.latency)
  const reps = Number(values.reps)
  const runs = Number(values.runs)
  const workers = Number(values.workers)
  const jobsPerWorker = Number(values['jobs-per-worker'])

  const phases = defaultKit.phases.length
  const chain = longestChain(defaultKit.phases)
  const chainMs = chain * latency
  const out = (line = '') => process.stdout.write(`${line}\n`)
  const fixed = (value: number, digits = 2) => value.toFixed(digits)

  const command = [
    process.env.DATABASE_URI_POSTGRES ? `DATABASE_URI_POSTGRES=${process.env.DATABASE_URI_POSTGRES.replace(/\/\/[^@]*@/, '//…@')} ` : '',
    `npm run bench -- --parts ${values.parts} --latency ${latency} --reps ${reps} --runs ${runs} --workers ${workers} --jobs-per-worker ${jobsPerWorker}`,
    parts.has('bulk') ? ` --briefs ${values.briefs} --bulk-rpm ${values['bulk-rpm']} --bulk-tpm ${values['bulk-tpm']} --bulk-window ${values['bulk-window']} --bulk-jobs-per-worker ${values['bulk-jobs-per-worker']}` : '',
  ].join('')

  const fake = await startFakeLlmProcess(latency)
  try {
    out(`payload-prompt-kit pipeline bench — fake LLM latency ${latency} ms/call, default kit: ${phases} phases, longest chain ${chain} (${ms(chainMs)} of LLM time)`)
    out(`node ${process.version}, ${reps} measured run(s) per row after 1 warm-up, medians`)
    const kinds = ['sqlite', ...(process.env.DATABASE_URI_POSTGRES ? ['postgres' as const] : [])] as const
    for (const kind of parts.has('kit') ? kinds : []) {
      out()
      out(`${kind}: one article, whole kit (queue → job done)`)
      const rows = []
      for (const concurrency of [1, 3, phases]) rows.push(await timeKitRuns(kind, fake, concurrency, reps))
      const seqWall = median(rows[0]!.walls)
      for (const row of rows) {
        const wall = median(row.walls)
        const label = row.concurrency === 1 ? 'sequential (concurrency 1)' : row.concurrency === 3 ? 'DAG, concurrency 3 (default)' : `DAG, concurrency ${row.concurrency}`
        out(`  ${label.padEnd(30)} wall ${ms(wall).padStart(8)}  DAG/chain ${fixed(wall / chainMs)}  speed-up ×${fixed(seqWall / wall)}  (${fixed(row.llmCalls, 1)} LLM calls/run)`)
      }
      const overhead = (seqWall - phases * latency) / phases
      const dagWall = median(rows[2]!.walls)
      out(`  overhead per phase (sequential): ${ms(overhead)}; per critical-path step (concurrency ${phases}): ${ms((dagWall - chainMs) / chain)}`)
      const parts = sequentialBreakdown(rows[0]!.timelines, latency)
      out(
        `  sequential run, besides the LLM: queue ${ms(parts.queue)}, to first request ${ms(parts.toFirstRequest)}, ` +
          `answer → next request ${fixed(parts.answerToNextRequest, 1)} ms × ${phases - 1}, ` +
          `per call beyond the fake's latency ${fixed(parts.beyondLatency, 1)} ms × ${phases}, last answer → job done ${ms(parts.afterLastAnswer)}`,
      )
    }

    for (const kind of parts.has('trace') ? kinds : []) {
      out()
      out(`${kind}: one sequential whole-kit run, ms from generateArticle (start..end of each Local API and adapter call)`)
      for (const line of await traceKitRun(kind, fake)) out(`  ${line}`)
    }

    if (!parts.has('workers')) {
      // skipped on request
    } else if (process.env.DATABASE_URI_POSTGRES) {
      out()
      out(`postgres: ${runs} briefs queued at once, worker processes each taking ${jobsPerWorker} job(s) at a time, pipeline concurrency 3`)
      const results = []
      for (const count of [1, workers]) results.push(await timeWorkerProcesses(fake, { concurrency: 3, jobsPerWorker, runs, workers: count }))
      for (const r of results) {
        out(
          `  ${String(r.workers).padStart(2)} worker(s): wall ${ms(r.wallMs).padStart(8)}  ${fixed((r.runs / r.wallMs) * 1000)} runs/s  LLM calls ${r.llmCalls} (expected ${r.runs * phases}), duplicates ${r.duplicateCalls}, failed runs ${r.failedRuns}, peak RSS per worker ${r.peakRssMb.map((mb) => (Number.isNaN(mb) ? 'n/a' : mb)).join('/')} MB`,
        )
      }
      const [one, many] = results
      out(`  throughput ratio ${many!.workers}:1 = ×${fixed(one!.wallMs / many!.wallMs)}`)
    } else {
      out()
      out('worker processes: skipped (set DATABASE_URI_POSTGRES; SQLite files are not for concurrent writers)')
    }
    if (parts.has('bulk') && process.env.DATABASE_URI_POSTGRES) {
      const limits = { rpm: Number(values['bulk-rpm']), tpm: Number(values['bulk-tpm']), windowMs: Number(values['bulk-window']) }
      await printBulk(out, { briefs: Number(values.briefs), jobsPerWorker: Number(values['bulk-jobs-per-worker']), latencyMs: latency, limits, workers })
    } else if (parts.has('bulk')) out('\nbulk: skipped (set DATABASE_URI_POSTGRES; worker processes share one database)')
    out()
    out(`bench process peak RSS ${peakRssMb()} MB`)
    out(`reproduce: ${command}`)
  } finally {
    await fake.close()
  }
  return 0
}
