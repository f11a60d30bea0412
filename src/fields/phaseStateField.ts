import type { Field } from 'payload'

import type { PluginStringKey } from '../i18n/en.js'

import { tLabel, tOptions } from '../i18n/labels.js'

export const phaseStatuses = ['pending', 'queued', 'running', 'done', 'failed', 'stale', 'edited'] as const
export type PhaseStatus = (typeof phaseStatuses)[number]

export const phaseStatusLabels: Record<PhaseStatus, PluginStringKey> = {
  done: 'statusDone',
  edited: 'statusEdited',
  failed: 'statusFailed',
  pending: 'statusPending',
  queued: 'statusQueued',
  running: 'statusRunning',
  stale: 'statusStale',
}

/** Where each phase of the kit stands for this article; written by the pipeline only. */
export const phaseStateField = (generationsSlug: string): Field => ({
  name: 'pipeline',
  type: 'array',
  access: { update: () => false },
  admin: { readOnly: true },
  fields: [
    { name: 'phase', type: 'text', label: tLabel('fieldPhase'), required: true },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      label: tLabel('fieldStatus'),
      options: tOptions(phaseStatuses, phaseStatusLabels),
      required: true,
    },
    { name: 'generation', type: 'relationship', label: tLabel('fieldGeneration'), relationTo: generationsSlug },
    { name: 'inputHash', type: 'text', admin: { description: tLabel('descInputHash') }, label: tLabel('fieldInputHash') },
    {
      name: 'fieldHashes',
      type: 'json',
      admin: { description: tLabel('descFieldHashes') },
      label: tLabel('fieldFieldHashes'),
    },
    { name: 'error', type: 'textarea', label: tLabel('fieldError') },
    { name: 'updatedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: tLabel('fieldUpdatedAt') },
  ],
  label: tLabel('fieldPipeline'),
  labels: { plural: tLabel('fieldPhases'), singular: tLabel('fieldPhase') },
})
