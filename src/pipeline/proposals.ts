import type { Doc, Id } from './types.js'

import { idOf } from './types.js'

/** One row of the article's `proposals` array. */
export type Proposal = {
  createdAt?: null | string
  field: string
  generation?: Doc | Id | null
  id?: string
  phase: string
  value?: unknown
}

export const proposalsOf = (article: Doc): Proposal[] =>
  Array.isArray(article.proposals) ? (article.proposals as Proposal[]) : []

/** The article's proposals with those of `phase` replaced by `next` (none: cleared). */
export const withPhaseProposals = (article: Doc, phase: string, next: Omit<Proposal, 'phase'>[] = []): Proposal[] => [
  ...proposalsOf(article)
    .filter((p) => p.phase !== phase)
    .map((p) => ({ ...p, generation: idOf(p.generation) ?? null })),
  ...next.map((p) => ({ ...p, generation: idOf(p.generation) ?? null, phase })),
]
