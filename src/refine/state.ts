import type { CheckResult } from '../gate/types.js'
import type { RefinementTask } from './owners.js'

/**
 * The article's refinement after a run, kept in `run.refinement` (JSON): what the current round
 * fixes, and what still failed when refinement ended. The Pipeline panel shows it.
 */
export type RefinementState = {
  /** The run the rounds refine; round N runs as `${baseRunId}~rN` (see roundRunId). */
  baseRunId: string
  /** Per phase, the feedback lines of the current round (kept to resume it after a crash). */
  feedback: Record<string, string[]>
  maxRounds: number
  /** Phases that turned into proposals (edited by a person): not refined again until reviewed. */
  proposed: string[]
  /** Checks that still fail after the last round, for the editor. */
  remaining: Array<Pick<CheckResult, 'id' | 'label' | 'message' | 'severity'> & { owner?: string }>
  /** Rounds started so far. */
  round: number
  /** Phases the run produced: only they are refined. */
  scope: string[]
  /**
   * refining: a round runs; passed: every check passes; exhausted: rounds used up; stopped: a round
   * failed or the budget ran out (see `stoppedBecause`); needsEditor: what fails is no phase's to fix.
   */
  status: 'exhausted' | 'needsEditor' | 'passed' | 'refining' | 'stopped'
  stoppedBecause?: null | string
  /** The current (or last) round's work. */
  tasks: RefinementTask[]
}

const ROUND_SEPARATOR = '~r'

/** Run ID of refinement round `round` of `baseRunId`. */
export const roundRunId = (baseRunId: string, round: number): string => `${baseRunId}${ROUND_SEPARATOR}${round}`

/** The round a stored run ID belongs to: 0 for the base run, N for round N, undefined for another run. */
export const roundOf = (runId: null | string | undefined, baseRunId: string): number | undefined => {
  if (runId === baseRunId) return 0
  if (!runId?.startsWith(`${baseRunId}${ROUND_SEPARATOR}`)) return undefined
  const round = Number(runId.slice(baseRunId.length + ROUND_SEPARATOR.length))
  return Number.isInteger(round) && round > 0 ? round : undefined
}
