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
