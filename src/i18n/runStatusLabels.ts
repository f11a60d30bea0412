import type { PluginStringKey } from './en.js'

export const runStatuses = ['queued', 'running', 'succeeded', 'failed'] as const
export type RunStatus = (typeof runStatuses)[number]

/** The translation key of each run status; shared by the run field's select and the Pipeline panel. */
export const runStatusLabels: Record<RunStatus, PluginStringKey> = {
  failed: 'statusFailed',
  queued: 'statusQueued',
  running: 'statusRunning',
  succeeded: 'statusSucceeded',
}

export const isRunStatus = (value: unknown): value is RunStatus => runStatuses.includes(value as RunStatus)
