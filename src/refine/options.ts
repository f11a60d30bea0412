import { PromptKitConfigError } from '../defaults.js'

/** Refinement rounds: after a run, failed pre-publish checks are fed back to the phases that own them. */
export type RefineOptions = {
  /**
   * Rounds after a run; each re-runs every phase that owns a failed check, with the check in its prompt.
   * `0` turns refinement off.
   * @default 2
   */
  maxRounds?: number
}

export type ResolvedRefineOptions = { maxRounds: number }

export const DEFAULT_REFINE_ROUNDS = 2

/** `refine: false` turns it off; `refine: { maxRounds }` sets the rounds (0–10). */
export const resolveRefine = (refine: false | RefineOptions | undefined): ResolvedRefineOptions => {
  if (refine === false) return { maxRounds: 0 }
  const maxRounds = refine?.maxRounds ?? DEFAULT_REFINE_ROUNDS
  if (!Number.isInteger(maxRounds) || maxRounds < 0 || maxRounds > 10) {
    throw new PromptKitConfigError('refine.maxRounds', `must be a whole number from 0 to 10 (0 turns refinement off), got ${JSON.stringify(maxRounds)}`)
  }
  return { maxRounds }
}
