import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { type KitPhaseInput, validateKitPhases } from '../kit/validateKit.js'

/**
 * Reject a kit whose templates use unknown variables, whose dependencies name missing phases, or
 * whose dependencies form a cycle. Each error points at the phase's row so the admin highlights it.
 */
export const validateKitHook: CollectionBeforeValidateHook = ({ collection, data, originalDoc, req }) => {
  const phases = (data?.phases ?? originalDoc?.phases ?? []) as KitPhaseInput[]
  const problems = validateKitPhases(phases)
  if (problems.length === 0) return data
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: problems.map((problem) => ({
        message: problem.message,
        path: `phases.${problem.index}.${fieldOf(problem.message)}`,
      })),
    },
    req.t,
  )
}

/** The field of the phase row that the problem is about, for the admin's highlighting. */
const fieldOf = (message: string): string => {
  if (message.includes('phase key')) return 'key'
  if (message.includes('{{')) return 'template'
  return 'dependsOn'
}
