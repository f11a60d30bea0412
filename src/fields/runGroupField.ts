import type { Field } from 'payload'

export const runStatuses = ['queued', 'running', 'succeeded', 'failed'] as const
export type RunStatus = (typeof runStatuses)[number]

/** The latest generation run of the article; written by the pipeline only (Local API). */
export const runGroupField = (usersSlug: string): Field => ({
  name: 'run',
  type: 'group',
  access: { update: () => false },
  admin: { position: 'sidebar', readOnly: true },
  fields: [
    { name: 'runId', type: 'text', label: 'Run ID' },
    { name: 'status', type: 'select', options: [...runStatuses] },
    { name: 'job', type: 'text', admin: { description: 'ID of the queued job that executes the run.' } },
    { name: 'phases', type: 'text', hasMany: true, admin: { description: 'Phases the run executes.' } },
    { name: 'kitVersion', type: 'text', admin: { description: 'Prompt kit version the run is pinned to; empty: the current kit.' } },
    { name: 'startedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'triggeredBy', type: 'relationship', relationTo: usersSlug },
    { name: 'error', type: 'textarea' },
  ],
  label: 'Generation run',
})
