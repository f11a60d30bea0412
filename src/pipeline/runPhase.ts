import type { Payload } from 'payload'

import type { BriefVariable } from '../kit/variables.js'
import type { LlmClient, LlmFailure } from '../llm/index.js'
import type { PhaseHandler } from '../phases/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'
import type { BudgetGuard } from './budget.js'
import type { LlmWait } from './callModel.js'
import type { PhaseParams } from './inputHash.js'
import type { Claim } from './store/claims.js'
import type { Doc, KitPhase, RunContext } from './types.js'

import { getPhaseHandler } from '../phases/index.js'
import { applyOutput } from './applyOutput.js'
import { estimateCall } from './budget.js'
import { callModel } from './callModel.js'
import { computeInputHash } from './inputHash.js'
import { buildPhaseMessages, type PhaseFeedback } from './messages.js'
import { fromStoredOutput, toStoredOutput } from './phaseOutput.js'
import { phaseRows, readArticle, setPhaseStates } from './store/articles.js'
import { claimPhase } from './store/claims.js'
import { findCachedGeneration, recordGeneration } from './store/generations.js'
import { sameId } from './types.js'
import { waitForHolder } from './waitForHolder.js'

export type PhaseContext = {
  brief: Doc
  budget: BudgetGuard
  client: LlmClient
  context: Record<BriefVariable, string>
  /** Kit order of all phase keys, to keep the article's pipeline rows sorted. */
  kitOrder: string[]
  /** Problems this re-run must fix, with the phase's last output; undefined on an ordinary run. */
  feedback?: PhaseFeedback
  /** Called once this phase's LLM request is about to go out, or once it knows it sends none. */
  onLaunched: () => void
  /** The run's view of the endpoint: waiting for it (outage, rate limit) or not. */
  onWaiting: (wait: LlmWait) => void
  options: ResolvedPromptKitOptions
  /** `{{outputs.<key>}}` values of the phase's dependencies. */
  outputs: Record<string, string>
  payload: Payload
  /** Saving the output waits for this: the phases it unblocks send their requests first (see runPipeline). */
  persistAfter: Promise<void>
  phase: KitPhase
  run: RunContext
  /** The run claimed this phase before (a resume): its claim looks at earlier attempts first. */
  triedBefore: boolean
}

export type PhaseOutcome =
  /**
   * The output exists, so dependants may start. `persisted` settles once its generation is
   * recorded and its output is in the article, with the error when either failed; never rejects.
   */
  | { cached: boolean; generation: Doc; output: unknown; persisted: Promise<null | string>; status: 'done' }
  /** `retryable`: a later attempt of the job may get past it; `stopRun`: nothing else may run. */
  | { message: string; retryable: boolean; status: 'failed'; stopRun?: boolean }

/** What this phase asks the model, and the hash that identifies it for the cache. */
type PhaseRequest = { handler: PhaseHandler; inputHash: string; messages: ReturnType<typeof buildPhaseMessages>; model: string; params: PhaseParams }

export const modelFor = (phase: KitPhase, options: ResolvedPromptKitOptions) =>
  phase.model?.trim() || options.llm.phaseModels[phase.key] || options.llm.model

const phaseRequest = ({ context, feedback, options, outputs, phase, run }: PhaseContext): PhaseRequest => {
  const handler = getPhaseHandler(phase.outputKind) as PhaseHandler
  const messages = buildPhaseMessages(phase.template, context, outputs, feedback)
  const model = modelFor(phase, options)
  const params: PhaseParams = { maxTokens: phase.maxTokens ?? null, mode: handler.format, temperature: phase.temperature ?? null }
  return { handler, inputHash: computeInputHash({ kitId: run.kit.id, kitVersion: run.kit.version, messages, model, params }), messages, model, params }
}

const storeOf = (ctx: PhaseContext) => ({ options: ctx.options, payload: ctx.payload, req: ctx.run.req })
const targetOf = (ctx: PhaseContext) => ({ articleId: ctx.run.articleId, options: ctx.options, payload: ctx.payload, req: ctx.run.req })

/** Marks the phase failed on the article (its content is left alone) and reports the failure. */
const failed = async (ctx: PhaseContext, generation: Doc | undefined, message: string, extra: { retryable?: boolean; stopRun?: boolean } = {}): Promise<PhaseOutcome> => {
  await setPhaseStates(targetOf(ctx), { [ctx.phase.key]: { error: message, status: 'failed', ...(generation ? { generation: generation.id } : {}) } }, ctx.kitOrder)
  return { message, retryable: extra.retryable ?? false, status: 'failed', stopRun: extra.stopRun }
}

/** Record the generation, then write its output into the article; resolves with the error if either failed. */
const persist = (ctx: PhaseContext, request: PhaseRequest, generation: Doc, output: unknown, record?: Record<string, unknown>): Promise<null | string> =>
  ctx.persistAfter
    .then(() => (record ? recordGeneration(storeOf(ctx), generation.id, record) : undefined))
    .then(() => applyOutput({ brief: ctx.brief, generation, handler: request.handler, kitOrder: ctx.kitOrder, options: ctx.options, output, phase: ctx.phase.key, target: targetOf(ctx) }))
    .then(
      () => null,
      async (err: unknown) => {
        const message = `The output could not be saved: ${err instanceof Error ? err.message : String(err)}`
        ctx.payload.logger.error({ err, msg: `payload-prompt-kit: phase ${ctx.phase.key} of article ${String(ctx.run.articleId)}: ${message}` })
        await failed(ctx, generation, message).catch(() => undefined)
        return message
      },
    )

/** A generation this run finished already (a resumed run, or a peer's): make sure the article has its output. */
const finishFromGeneration = async (ctx: PhaseContext, request: PhaseRequest, generation: Doc): Promise<PhaseOutcome> => {
  const output = fromStoredOutput(request.handler, generation)
  if (output === undefined) return failed(ctx, generation, `generation ${String(generation.id)} has no usable output`)
  const cached = generation.status === 'cached'
  const row = phaseRows(await readArticle(targetOf(ctx))).find((r) => r.phase === ctx.phase.key)
  const applied = (row?.status === 'done' || row?.status === 'edited') && sameId(row.generation, generation)
  return { cached, generation, output, persisted: applied ? Promise.resolve(null) : persist(ctx, request, generation, output), status: 'done' }
}

/** Rate limits that outlasted the wait, malformed answers and the like may pass on a later attempt of the job. */
const isRetryable = (failure: LlmFailure) => failure.error.kind === 'network' || failure.error.kind === 'timeout'

const callStats = (result: Awaited<ReturnType<typeof callModel>>, params: PhaseParams) => ({
  attempts: result.attempts,
  cachedTokens: result.usage.cachedTokens,
  completionTokens: result.usage.completionTokens,
  cost: result.costUsd,
  latencyMs: result.latencyMs,
  // How the JSON was asked for in the end (json_schema → json_object → prompt), for debugging servers.
  ...('mode' in result && result.mode ? { params: { ...params, structuredMode: result.mode } } : {}),
  promptTokens: result.usage.promptTokens,
  totalTokens: result.usage.totalTokens,
})

/** The phase is ours: reuse a cached answer, or check the budget and ask the model. */
const work = async (ctx: PhaseContext, request: PhaseRequest, claim: Extract<Claim, { kind: 'claimed' }>, hit: Doc | undefined): Promise<PhaseOutcome> => {
  const { generation } = claim
  const store = storeOf(ctx)
  const cachedOutput = fromStoredOutput(request.handler, hit)
  if (hit && cachedOutput !== undefined && claim.storedAnswer === undefined) {
    const record = { attempts: 0, cacheHit: true, cost: 0, latencyMs: 0, parsedOutput: hit.parsedOutput, rawOutput: hit.rawOutput, status: 'cached', totalTokens: 0 }
    return { cached: true, generation: { ...generation, ...record }, output: cachedOutput, persisted: persist(ctx, request, generation, cachedOutput, record), status: 'done' }
  }
  const reservation = await ctx.budget.reserve(ctx.phase.key, estimateCall(request.messages, request.model, request.params.maxTokens, ctx.options.llm.pricing))
  if ('error' in reservation) {
    await recordGeneration(store, generation.id, { error: reservation.error, status: 'failed' })
    return failed(ctx, generation, reservation.error, { stopRun: true })
  }
  // Write-ahead: each answer's write is issued the moment it arrives, in order; the output reaches
  // the article only after they have landed (see persist), so a crash loses no answer that was used.
  let writtenAhead: Promise<void> = Promise.resolve()
  ctx.onLaunched()
  const result = await callModel({
    client: ctx.client,
    handler: request.handler,
    messages: request.messages,
    model: request.model,
    onAnswer: async ({ attempts, raw, usage }) => {
      const answeredAt = new Date().toISOString()
      writtenAhead = writtenAhead.then(() => recordGeneration(store, generation.id, { answeredAt, attempts, rawOutput: raw, totalTokens: usage.totalTokens }))
      writtenAhead.catch(() => undefined)
    },
    onWaiting: ctx.onWaiting,
    params: request.params,
    schemaName: ctx.phase.outputKind,
    signal: ctx.run.signal,
    storedAnswer: claim.storedAnswer,
    warn: (message) => ctx.payload.logger.warn(`payload-prompt-kit: phase ${ctx.phase.key} of article ${String(ctx.run.articleId)}: ${message}`),
  }).finally(() => ctx.onWaiting(null))
  const stats = callStats(result, request.params)
  if (!result.ok) {
    reservation.release()
    await writtenAhead.catch(() => undefined)
    await recordGeneration(store, generation.id, { ...stats, error: result.error.message, rawOutput: result.raw ?? null, status: 'failed', validationErrors: result.validationErrors ?? null })
    return failed(ctx, generation, result.error.message, { retryable: isRetryable(result), stopRun: result.error.kind === 'cancelled' })
  }
  reservation.settle({ cost: result.costUsd, tokens: result.usage.totalTokens })
  const record = { ...stats, parsedOutput: toStoredOutput(request.handler, result.output), rawOutput: result.raw, status: 'succeeded' }
  // The record holds the answer too, so it is stored even if its write-ahead failed.
  const persisted = writtenAhead
    .catch(() => undefined)
    .then(() => persist(ctx, request, generation, result.output, record))
    .finally(reservation.release)
  return { cached: false, generation: { ...generation, ...record }, output: result.output, persisted, status: 'done' }
}

const claimAndRun = async (ctx: PhaseContext): Promise<PhaseOutcome> => {
  const request = phaseRequest(ctx)
  const store = storeOf(ctx)
  const data = {
    article: ctx.run.articleId,
    brief: ctx.run.briefId,
    cacheHit: false,
    inputHash: request.inputHash,
    kit: ctx.run.kit.id,
    kitVersion: ctx.run.kit.version,
    messages: request.messages,
    model: request.model,
    params: request.params,
    triggeredBy: ctx.run.userId ?? null,
  }
  for (let firstAttempt = !ctx.triedBefore; ; firstAttempt = false) {
    const [claim, hit] = await Promise.all([
      claimPhase(store, { data, firstAttempt, phase: ctx.phase.key, run: ctx.run.runId }),
      ctx.run.force ? undefined : findCachedGeneration(store, request.inputHash),
    ])
    if (claim.kind === 'done') return finishFromGeneration(ctx, request, claim.generation)
    if (claim.kind === 'claimed') {
      const outcome = await work(ctx, request, claim, hit).catch((err: unknown) => (claim.release(), Promise.reject(err)))
      if (outcome.status === 'done') void outcome.persisted.finally(claim.release)
      else claim.release()
      return outcome
    }
    // Another live worker holds the phase: wait until it settles or its lease lapses.
    const settled = await waitForHolder(store, claim.generation, ctx.run.signal)
    if (settled === 'lapsed') continue
    if (settled && settled.status !== 'failed') return finishFromGeneration(ctx, request, settled)
    return failed(ctx, undefined, String(settled?.error ?? 'another worker failed this phase'))
  }
}

/**
 * One phase of one run: claim it (a lease this process renews), reuse a cached answer or call the
 * LLM, validate, record the generation, then write the output into the article. A failed call
 * writes only the phase's state, never the article's content. Never throws for LLM problems;
 * database errors that outlast `pipeline.dbOutageMaxWaitMs` propagate.
 */
export const runPhase = (ctx: PhaseContext): Promise<PhaseOutcome> => claimAndRun(ctx).finally(ctx.onLaunched)
