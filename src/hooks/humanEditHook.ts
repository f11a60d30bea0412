import type { CollectionBeforeChangeHook } from 'payload'

import type { PhaseStateRow } from '../pipeline/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'

import { changedFields } from '../pipeline/fingerprint.js'
import { isPipelineWrite } from '../pipeline/pipelineWrite.js'
import { idOf } from '../pipeline/types.js'

/** Statuses whose fields hold the phase's own output, so a change to them is a person's edit. */
const guarded = new Set(['done', 'stale'])

/**
 * Articles `beforeChange`: a save that is not the pipeline's and changes a field a phase wrote
 * marks that phase `edited`, so re-running it proposes instead of overwriting.
 */
export const humanEditHook =
  (options: ResolvedPromptKitOptions): CollectionBeforeChangeHook =>
  ({ context, data, operation, originalDoc }) => {
    if (options.disabled || operation !== 'update' || isPipelineWrite(context) || !data) return data
    const source = Array.isArray(data.pipeline) ? data.pipeline : originalDoc?.pipeline
    if (!Array.isArray(source)) return data
    const rows = source as PhaseStateRow[]
    const edited = rows.filter((row) => guarded.has(row.status) && changedFields(data, row.fieldHashes).length > 0)
    if (edited.length === 0) return data
    const now = new Date().toISOString()
    data.pipeline = rows.map((row) => ({
      ...row,
      generation: idOf(row.generation) ?? null,
      ...(edited.includes(row) ? { status: 'edited', updatedAt: now } : {}),
    }))
    return data
  }
