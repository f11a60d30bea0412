import type { Field } from 'payload'

export const phaseStatuses = ['pending', 'queued', 'running', 'done', 'failed', 'stale', 'edited'] as const
export type PhaseStatus = (typeof phaseStatuses)[number]

/** Where each phase of the kit stands for this article; written by the pipeline only. */
export const phaseStateField = (generationsSlug: string): Field => ({
  name: 'pipeline',
  type: 'array',
  access: { update: () => false },
  admin: { readOnly: true },
  fields: [
    { name: 'phase', type: 'text', required: true },
    { name: 'status', type: 'select', defaultValue: 'pending', options: [...phaseStatuses], required: true },
    { name: 'generation', type: 'relationship', relationTo: generationsSlug },
    { name: 'inputHash', type: 'text', admin: { description: 'Hash of the inputs the output was made from.' } },
    {
      name: 'fieldHashes',
      type: 'json',
      admin: { description: 'Fingerprint of what the phase wrote per field; a mismatch means a person edited it.' },
    },
    { name: 'error', type: 'textarea' },
    { name: 'updatedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
  label: 'Pipeline',
})
