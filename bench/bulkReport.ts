import type { BulkLimits, BulkResult } from './bulk.js'

import { timeBulk } from './bulk.js'

export type BulkOptions = {
  briefs: number
  jobsPerWorker: number
  latencyMs: number
  limits: BulkLimits
  workers: number
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const percent = (part: number, whole: number) => `${whole ? ((part / whole) * 100).toFixed(1) : '0.0'} %`

const line = (r: BulkResult, limits: BulkLimits) =>
  `  ${String(r.workers).padStart(2)} worker(s): wall ${seconds(r.wallMs).padStart(8)}  bound ${seconds(r.boundMs).padStart(8)}  wall/bound ${(r.wallMs / r.boundMs).toFixed(2)}  ` +
  `429s ${r.limited}/${r.requests} (${percent(r.limited, r.requests)})  failed articles ${r.failedArticles}  skipped ${r.skipped}  ` +
  `busiest window ${r.busiest.requests}/${limits.rpm} requests, ${r.busiest.tokens}/${limits.tpm} tokens`

/**
 * The bulk part: a topical map of `briefs` briefs generated with generateTopicalMap by 1 and by
 * `workers` worker processes, against a fake that enforces requests and tokens per window (429
 * past them) and a plugin configured with the same limits. Bound = max(requests / RPM, tokens /
 * TPM) × window over the requests the fake accepted; targets: 429s ≤ 2 %, 0 failed articles,
 * wall ≤ 1.15 × bound.
 */
export const printBulk = async (out: (line?: string) => void, options: BulkOptions): Promise<void> => {
  const { briefs, jobsPerWorker, latencyMs, limits, workers } = options
  out()
  out(
    `postgres: topical map of ${briefs} briefs (generateTopicalMap), provider limits ${limits.rpm} requests and ${limits.tpm} tokens per ${seconds(limits.windowMs)} ` +
      `(llm.rateLimits the same), fake latency ${latencyMs} ms, worker processes each taking ${jobsPerWorker} job(s) at a time, pipeline concurrency 3`,
  )
  for (const count of [...new Set([1, workers])]) {
    const result = await timeBulk({
      briefs,
      concurrency: 3,
      jobsPerWorker,
      latencyMs,
      limits,
      workers: count,
    })
    out(line(result, limits))
    out(
      `      requests ${result.requests - result.limited} accepted (${seconds(((result.requests - result.limited) / limits.rpm) * limits.windowMs)} at the RPM), tokens ${result.tokens} (${seconds((result.tokens / limits.tpm) * limits.windowMs)} at the TPM)`,
    )
  }
}
