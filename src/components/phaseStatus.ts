import type { ComponentStringKey } from '../i18n/componentStrings.js'

/** Statuses a phase row can have (src/pipeline/status.ts), with their label, explanation and colour. */
export const phaseStatuses: Record<string, { colour: string; hint: ComponentStringKey; label: ComponentStringKey }> = {
  done: { colour: 'var(--theme-success-600, #2e7d32)', hint: 'panelStatusDoneHint', label: 'panelStatusDone' },
  edited: { colour: '#6a1b9a', hint: 'panelStatusEditedHint', label: 'panelStatusEdited' },
  failed: { colour: 'var(--theme-error-600, #c62828)', hint: 'panelStatusFailedHint', label: 'panelStatusFailed' },
  pending: { colour: 'var(--theme-elevation-500)', hint: 'panelStatusPendingHint', label: 'panelStatusPending' },
  queued: { colour: 'var(--theme-elevation-600)', hint: 'panelStatusQueuedHint', label: 'panelStatusQueued' },
  running: { colour: '#1565c0', hint: 'panelStatusRunningHint', label: 'panelStatusRunning' },
  stale: { colour: '#b45309', hint: 'panelStatusStaleHint', label: 'panelStatusStale' },
}

export const statusOf = (status: string) => phaseStatuses[status] ?? phaseStatuses.pending!
