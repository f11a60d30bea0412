import type { PayloadRequest } from 'payload'

import type { OutputKind, PhaseGroup } from '../kit/outputKinds.js'

/** A document as read with depth 0. IDs are numbers on SQL databases and strings on MongoDB. */
export type Doc = { [field: string]: unknown; id: number | string }
export type Id = number | string

/** One row of a kit's `phases` array, as stored. */
export type KitPhase = {
  dependsOn?: null | string[]
  group?: null | PhaseGroup
  key: string
  maxTokens?: null | number
  model?: null | string
  outputKind: OutputKind
  temperature?: null | number
  template: string
  title: string
}

/** The kit a run uses, pinned to the version it had when the run started. */
export type RunKit = {
  id: Id
  phases: KitPhase[]
  version: string
}

/** One row of the article's `pipeline` array. */
export type PhaseStateRow = {
  error?: null | string
  /** Hash per article field of what the phase last wrote (see fingerprint.ts). */
  fieldHashes?: null | Record<string, string>
  generation?: Doc | Id | null
  id?: string
  inputHash?: null | string
  phase: string
  status: string
  updatedAt?: null | string
}

/** Who and what a run works for; passed down to every phase. */
export type RunContext = {
  articleId: Id
  briefId: Id
  /** Per phase key: problems its re-run must fix (refinement rounds, an applied review item). */
  feedback?: Record<string, string[]>
  force: boolean
  kit: RunKit
  req?: PayloadRequest
  runId: string
  signal?: AbortSignal
  userId?: Id
}

export const idOf = (value: unknown): Id | undefined => {
  if (typeof value === 'object' && value !== null && 'id' in value) return (value as Doc).id
  return typeof value === 'string' || typeof value === 'number' ? value : undefined
}

/** IDs compare as strings: numbers on SQL, strings on MongoDB. */
export const sameId = (a: unknown, b: unknown): boolean => {
  const x = idOf(a)
  const y = idOf(b)
  return x !== undefined && y !== undefined && String(x) === String(y)
}
