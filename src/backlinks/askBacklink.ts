import type { GenerationStore } from '../pipeline/store/generations.js'
import type { Doc, Id } from '../pipeline/types.js'
import type { LlmClient } from '../llm/index.js'
import type { BacklinkAnswer } from './backlinkPrompt.js'

import { generateStructured } from '../llm/index.js'
import { createGeneration, findGenerations, recordGeneration } from '../pipeline/store/generations.js'
import { idOf } from '../pipeline/types.js'
import { backlinkAnswerSchema, backlinkMessages, type BacklinkTarget } from './backlinkPrompt.js'

/** The `phase` of the generations that record backlink questions. */
export const BACKLINKS_PHASE = 'backlinks'

export type BacklinkAsk = {
  client: LlmClient
  model: string
  /** The existing article asked (its latest version) and its text as the prompt shows it. */
  source: { article: Doc; text: string }
  store: GenerationStore
  target: BacklinkTarget & { id: Id }
  userId?: Id
}

export type AskOutcome =
  | { answer: BacklinkAnswer; generation: Id; status: 'answered' }
  /** This pair was asked before (answered, or being asked by another worker): never twice. */
  | { status: 'asked-before' }
  | { error: string; generation: Id; status: 'failed' }

/** One key per (new article, existing article): the generations' unique (run, phase, runAttempt) is the claim. */
export const backlinkClaim = (targetId: Id, sourceId: Id) =>
  `backlinks:${String(targetId)}->${String(sourceId)}`

/** The longest one question can take (outage waits, timeouts, repairs); a `running` one older than this died with its process. */
const callBoundMs = ({ settings }: LlmClient) =>
  settings.outageMaxWaitMs + settings.timeoutMs * (settings.maxRepairs + 2)

const isAlive = (generation: Doc, now: number) =>
  generation.status === 'running' && !(Date.parse(String(generation.leaseExpiresAt ?? '')) < now)

/** The attempt to record next, or undefined when an earlier one answered or is still being asked. */
const nextAttempt = async (store: GenerationStore, claim: string): Promise<number | undefined> => {
  const earlier = await findGenerations(
    store,
    { and: [{ run: { equals: claim } }, { phase: { equals: BACKLINKS_PHASE } }] },
    '-runAttempt',
  )
  const now = Date.now()
  if (earlier.some((g) => g.status === 'succeeded' || isAlive(g, now))) return undefined
  for (const dead of earlier.filter((g) => g.status === 'running'))
    await recordGeneration(store, dead.id, {
      error: 'abandoned: the process asking ended before an answer was recorded',
      status: 'failed',
    })
  return (Number(earlier[0]?.runAttempt) || 0) + 1
}

/**
 * Ask the model where the existing article should link to the new one, recorded as a generation
 * (phase `backlinks`, the existing article's, with tokens and cost). A failed call is recorded and
 * may be asked again on a later publish; an answered one never is.
 */
export const askBacklink = async (ask: BacklinkAsk): Promise<AskOutcome> => {
  const { source, store, target } = ask
  const claim = backlinkClaim(target.id, source.article.id)
  const attempt = await nextAttempt(store, claim)
  if (attempt === undefined) return { status: 'asked-before' }
  const messages = backlinkMessages(target, { text: source.text, title: String(source.article.title ?? '') })
  let generation: Id
  try {
    generation = (
      await createGeneration(store, {
        article: source.article.id,
        brief: idOf(source.article.brief) ?? null,
        messages,
        model: ask.model,
        params: { baseURL: ask.client.settings.baseURL, target: target.id },
        phase: BACKLINKS_PHASE,
        leaseExpiresAt: new Date(Date.now() + callBoundMs(ask.client)).toISOString(),
        run: claim,
        runAttempt: attempt,
        status: 'running',
        triggeredBy: ask.userId ?? null,
      })
    ).id
  } catch (err) {
    // Another worker inserted the same attempt first: the pair is theirs.
    if ((await nextAttempt(store, claim)) === undefined) return { status: 'asked-before' }
    throw err
  }
  const result = await generateStructured({
    client: ask.client,
    maxTokens: 400,
    messages,
    model: ask.model,
    schema: backlinkAnswerSchema,
    schemaName: 'backlink',
  })
  const stats = {
    attempts: result.attempts,
    cachedTokens: result.usage.cachedTokens,
    completionTokens: result.usage.completionTokens,
    cost: result.costUsd,
    latencyMs: result.latencyMs,
    promptTokens: result.usage.promptTokens,
    totalTokens: result.usage.totalTokens,
  }
  if (!result.ok) {
    await recordGeneration(store, generation, {
      ...stats,
      error: result.error.message,
      rawOutput: result.raw ?? null,
      status: 'failed',
      validationErrors: result.validationErrors ?? null,
    })
    return { error: result.error.message, generation, status: 'failed' }
  }
  await recordGeneration(store, generation, {
    ...stats,
    parsedOutput: result.data,
    rawOutput: result.raw,
    status: 'succeeded',
  })
  return { answer: result.data, generation, status: 'answered' }
}
