import type { ArticleProgress, MapProgress } from '../src/maps/mapProgress.js'
import type { PhaseStatusEntry, PipelineStatus } from '../src/pipeline/status.js'

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`

/** One line per phase: key, status and, once it has a generation, tokens, cost and LLM latency. */
export const phaseLine = (phase: PhaseStatusEntry, elapsedMs: number): string => {
  const head = `[${seconds(elapsedMs).padStart(6)}] ${phase.key.padEnd(14)} ${phase.status.padEnd(8)}`
  if (phase.status === 'failed') return `${head} ${phase.error ?? ''}`.trimEnd()
  if (phase.status !== 'done') return head
  const latency = phase.latencyMs === null ? '' : `${String(Math.round(phase.latencyMs)).padStart(6)} ms`
  return `${head} ${String(phase.tokens).padStart(6)} tok  $${phase.cost.toFixed(6)}  ${latency}`.trimEnd()
}

/** Prints a line whenever a phase's status changes between two polls. */
export const progressPrinter = (write: (line: string) => void, startedAt = Date.now()) => {
  const seen = new Map<string, string>()
  return (status: PipelineStatus) => {
    for (const phase of status.phases) {
      const state = `${phase.status}:${phase.generation ?? ''}`
      if (seen.get(phase.key) === state) continue
      // Phases outside the run keep their old state; only announce them once they change.
      const first = !seen.has(phase.key)
      seen.set(phase.key, state)
      if (first && !status.run?.phases.includes(phase.key)) continue
      write(phaseLine(phase, Date.now() - startedAt))
    }
  }
}

/** The closing summary: phases done, tokens and cost of this article so far, wall time. */
export const totalsLine = (status: PipelineStatus, runPhases: string[], wallMs: number): string => {
  const done = status.phases.filter((p) => runPhases.includes(p.key) && p.status === 'done').length
  return `${status.run?.status ?? 'unknown'}: ${done}/${runPhases.length} phases done, ${status.totals.tokens} tokens, $${status.totals.cost.toFixed(6)} (article total), wall ${seconds(wallMs)}`
}

/** One line per article of a map batch: position, status, phases done, cost and, on failure, why. */
export const mapArticleLine = (article: ArticleProgress, index: number, elapsedMs: number): string => {
  const head = `[${seconds(elapsedMs).padStart(6)}] ${String(index + 1).padStart(3)}. ${article.title.slice(0, 48).padEnd(48)} ${article.status.padEnd(9)}`
  if (article.status === 'skipped') return `${head} ${article.message ?? ''}`.trimEnd()
  const line = `${head} ${`${article.phasesDone}/${article.phasesTotal}`.padStart(5)} phases  ${String(article.tokens).padStart(7)} tok  $${article.cost.toFixed(6)}`
  return article.status === 'failed' ? `${line}  ${article.message ?? ''}`.trimEnd() : line
}

/** Prints a line whenever an article's status or phase count changes between two polls. */
export const mapProgressPrinter = (write: (line: string) => void, startedAt = Date.now()) => {
  const seen = new Map<string, string>()
  return (progress: MapProgress) => {
    progress.articles.forEach((article, index) => {
      const state = `${article.status}:${article.phasesDone}`
      if (seen.get(String(article.brief)) === state) return
      seen.set(String(article.brief), state)
      write(mapArticleLine(article, index, Date.now() - startedAt))
    })
  }
}

/** The batch's closing summary: articles by status, phases, tokens and cost of the batch, wall time. */
export const mapTotalsLine = (progress: MapProgress, wallMs: number): string => {
  const { totals } = progress
  return `map: ${totals.succeeded}/${totals.articles - totals.skipped} articles succeeded, ${totals.failed} failed, ${totals.skipped} skipped; ${totals.phasesDone}/${totals.phasesTotal} phases, ${totals.tokens} tokens, $${totals.cost.toFixed(6)} (forecast at most $${progress.forecastCost.toFixed(6)}), wall ${seconds(wallMs)}`
}
