import type { DraftPhase } from '../endpoints/kitPhasePreview.js'

/** Only what the preview endpoint reads, with values it would reject (e.g. maxTokens 0) dropped. */
export const toDraftPhase = (row: Record<string, unknown>): DraftPhase => {
  const text = (value: unknown) => (typeof value === 'string' ? value : null)
  const maxTokens = row.maxTokens
  return {
    dependsOn: Array.isArray(row.dependsOn) ? row.dependsOn.filter((d): d is string => typeof d === 'string') : null,
    key: text(row.key)?.trim() || null,
    maxTokens: typeof maxTokens === 'number' && Number.isInteger(maxTokens) && maxTokens > 0 ? maxTokens : null,
    model: text(row.model),
    outputKind: text(row.outputKind),
    template: text(row.template),
    title: text(row.title),
  }
}
