import type { Field } from 'payload'

import { tLabel, tOptions } from '../i18n/labels.js'
import { runStatuses, runStatusLabels } from '../i18n/runStatusLabels.js'

const dateTime = { date: { pickerAppearance: 'dayAndTime' } } as const

/** The latest generation run of the article; written by the pipeline only (Local API). */
export const runGroupField = (usersSlug: string): Field => ({
  name: 'run',
  type: 'group',
  access: { update: () => false },
  admin: { position: 'sidebar', readOnly: true },
  fields: [
    { name: 'runId', type: 'text', label: tLabel('fieldRunId') },
    { name: 'status', type: 'select', label: tLabel('fieldStatus'), options: tOptions(runStatuses, runStatusLabels) },
    { name: 'job', type: 'text', admin: { description: tLabel('descJob') }, label: tLabel('fieldJob') },
    { name: 'phases', type: 'text', admin: { description: tLabel('descRunPhases') }, hasMany: true, label: tLabel('fieldRunPhases') },
    { name: 'kitVersion', type: 'text', admin: { description: tLabel('descRunKitVersion') }, label: tLabel('fieldKitVersion') },
    { name: 'startedAt', type: 'date', admin: dateTime, label: tLabel('fieldStartedAt') },
    { name: 'finishedAt', type: 'date', admin: dateTime, label: tLabel('fieldFinishedAt') },
    { name: 'triggeredBy', type: 'relationship', label: tLabel('fieldTriggeredBy'), relationTo: usersSlug },
    { name: 'error', type: 'textarea', label: tLabel('fieldError') },
    // Set while the LLM endpoint is unreachable or rate-limited and the run waits for it.
    { name: 'llmWaitSince', type: 'date', admin: dateTime, label: tLabel('fieldLlmWaitSince') },
    { name: 'llmNextTryAt', type: 'date', admin: dateTime, label: tLabel('fieldLlmNextTryAt') },
    { name: 'llmWaitReason', type: 'textarea', label: tLabel('fieldLlmWaitReason') },
    // Refinement rounds after the run (refine/state.ts); the Pipeline panel shows them.
    { name: 'refinement', type: 'json', admin: { hidden: true }, label: tLabel('fieldRefinement') },
  ],
  label: tLabel('fieldRunGroup'),
})
