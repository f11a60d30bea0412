import type { Id } from '../pipeline/types.js'

/**
 * Backlink proposals are kept per new article (`backlink-to-<id>`), so each can be accepted or
 * rejected on its own and a second publish finds the first proposal. No server imports: the
 * admin's proposal card reads this too.
 */
export const BACKLINK_PHASE_PREFIX = 'backlink-to-'

export const backlinkPhase = (targetId: Id): string => `${BACKLINK_PHASE_PREFIX}${String(targetId)}`

export const isBacklinkPhase = (phase: string): boolean => phase.startsWith(BACKLINK_PHASE_PREFIX)

/** The new article's ID (as text) a backlink proposal's phase names. */
export const backlinkTargetOf = (phase: string): string => phase.slice(BACKLINK_PHASE_PREFIX.length)
