import type { CollectionBeforeValidateHook } from 'payload'

import type { PhaseStateRow } from '../pipeline/types.js'
import type { ImagePlanItem } from '../phases/imagesUploads.js'

import { valueHash } from '../pipeline/fingerprint.js'
import { idOf } from '../pipeline/types.js'

const PLAN = 'imagePlan'

/** Statuses whose fingerprint stands for the phase's own output (as in the human-edit guard). */
const intact = new Set(['done', 'stale'])

/** The plan without what an editor fills in beside the phase's output: the upload and the caption. */
const phaseOwned = (plan: unknown): unknown =>
  Array.isArray(plan) ? (plan as ImagePlanItem[]).map(({ caption: _caption, image: _image, ...item }) => item) : plan

/**
 * Articles `beforeValidate` (before the human-edit guard's `beforeChange`): a save that changes only
 * the uploads or captions of the image plan is not an edit of the images phase's output. The
 * phase's fingerprint of `imagePlan` is taken again from the new value, so the phase stays `done`
 * and a re-run writes its new plan (keeping matching uploads, see keepMatchingUploads) instead of
 * turning it into a proposal. Any other change to the plan still counts as a person's edit.
 */
export const uploadsFingerprintHook: CollectionBeforeValidateHook = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || !data || !originalDoc || !(PLAN in data)) return data
  const source = Array.isArray(data.pipeline) ? data.pipeline : originalDoc.pipeline
  if (!Array.isArray(source)) return data
  const before = valueHash(originalDoc[PLAN])
  const after = valueHash(data[PLAN])
  if (before === after || valueHash(phaseOwned(data[PLAN])) !== valueHash(phaseOwned(originalDoc[PLAN]))) return data
  const rows = source as PhaseStateRow[]
  const owner = (row: PhaseStateRow) => intact.has(row.status) && row.fieldHashes?.[PLAN] === before
  if (!rows.some(owner)) return data
  data.pipeline = rows.map((row) => ({
    ...row,
    generation: idOf(row.generation) ?? null,
    ...(owner(row) ? { fieldHashes: { ...row.fieldHashes, [PLAN]: after } } : {}),
  }))
  return data
}
