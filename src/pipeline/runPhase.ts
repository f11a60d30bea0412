import type { Payload } from 'payload'

import type { BriefVariable } from '../kit/variables.js'
import type { LlmClient, LlmFailure, LlmMessage } from '../llm/index.js'
import type { PhaseHandler } from '../phases/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'
import type { BudgetGuard } from './budget.js'
import type { PhaseParams } from './inputHash.js'
import type { Doc, KitPhase, RunContext } from './types.js'

import { callNotifyingSent, generateStructured, generateText } from '../llm/index.js'
import { getPhaseHandler } from '../phases/index.js'
import { settledLater } from '../shared/settledLater.js'
import { phaseRows, readArticle, updateArticle, withPhaseChanges } from './articleState.js'
import { estimateCall } from './budget.js'
import { changedFields, type FieldHashes } from './fingerprint.js'
import { claimPhase, findCachedGeneration, findGeneration, recordGeneration } from './generationsStore.js'
import { computeInputHash } from './inputHash.js'
import { afterLaunches, phaseLaunching } from './launchGate.js'
import { buildPhaseMessages } from './messages.js'
import { ownReq } from './ownReq.js'
import { fromStoredOutput, toStoredOutput } from './phaseOutput.js'
import { withPhaseProposals } from './proposals.js'
import { sameId } from './types.js'
import { confirmFieldHashes, phaseOutputChange } from './writePhaseOutput.js'

export type PhaseRunInput = {
  brief: Doc
  budget: BudgetGuard
  client: LlmClient
  context: Record<BriefVariable, string>
  /** The run had no generation of this phase when it started (its claim can skip looking first). */
  firstAttempt?: boolean
  /** Kit order of all phase keys, to keep the article's pipeline rows sorted. */
  kitOrder: string[]
  options: ResolvedPromptKitOptions
  /** `{{outputs.<key>}}` values of the phase's dependencies. */
  outputs: Record<string, string>
  payload: Payload
  phase: KitPhase
  run: RunContext
  /** A `running` claim older than this was left by a dead worker. */
  staleAfterMs: number
  /**
   * Called when the phase has failed, before it saves that into the article: article saves hold off
   * for phases whose answer starts others (see launchGate), and a failed one starts none.
   */
  unblocksNothing?: () => void
}

export type PhaseOutcome =
  /**
   * The output exists, so dependants may start. `recorded` settles once its generation is recorded
   * and its article write queued; `written` once it is in the article too, with the error when it
   * could not be recorded or saved there. Neither rejects.
   */
  | { cached: boolean; generation: Doc; output: unknown; recorded: Promise<unknown>; status: 'done'; written: Promise<null | string> }
  /** `retryable`: a transient LLM failure a later attempt may get past; `stopRun`: nothing else may run. */
  | { error: string; retryable?: boolean; status: 'failed'; stopRun?: boolean }

const POLL_MS = 200

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
  })

/** Rate limits, server errors, timeouts and network trouble may pass on a later attempt. */
const isRetryable = (failure: LlmFailure) =>
  failure.error.kind === 'timeout' ||
  failure.error.kind === 'network' ||
  (failure.error.kind === 'http' && (failure.error.status === 429 || (failure.error.status ?? 0) >= 500))

export const modelFor = (phase: KitPhase, options: ResolvedPromptKitOptions) =>
  phase.model?.trim() || options.llm.phaseModels[phase.key] || options.llm.model

/**
 * One phase of one run: claim it, reuse a cached answer or call the LLM, validate, record the
 * generation, then write the output into the article. A failed call writes only the phase's state,
 * never the article's content. Never throws for LLM problems; database errors propagate.
 */
export const runPhase = async (input: PhaseRunInput): Promise<PhaseOutcome> => {
  // Until its request is sent, the article's saves wait for this phase (see launchGate).
  const launched = phaseLaunching(input.payload, input.run.articleId)
  try {
    return await runPhaseSteps(input, launched)
  } finally {
    launched()
  }
}

const runPhaseSteps = async (input: PhaseRunInput, launched: () => void): Promise<PhaseOutcome> => {
  const { options, payload, phase, run } = input
  const handler = getPhaseHandler(phase.outputKind) as PhaseHandler
  const target = { articleId: run.articleId, options, payload, req: run.req }
  const store = { options, payload, req: run.req }

  const messages = buildPhaseMessages(phase.template, input.context, input.outputs)
  const model = modelFor(phase, options)
  const params: PhaseParams = {
    maxTokens: phase.maxTokens ?? null,
    mode: handler.format,
    temperature: phase.temperature ?? null,
  }
  const inputHash = computeInputHash({ kitId: run.kit.id, kitVersion: run.kit.version, messages, model, params })

  const setState = (change: Parameters<typeof withPhaseChanges>[1][string], content?: Record<string, unknown>) =>
    updateArticle(target, (article) => ({
      ...content,
      pipeline: withPhaseChanges(article, { [phase.key]: change }, input.kitOrder),
    }))

  // 1. Claim. A peer that holds the claim is waited for; it does the work and writes the article.
  // The claim is this phase's `running` state (getPipelineStatus reports it); the article is not
  // written for it, since every write of the article saves a whole draft version.
  // The cache lookup does not depend on the claim, so it runs alongside.
  // Not awaited on every path below (a peer's or an earlier run's answer is used instead).
  const cached = settledLater(input.run.force ? Promise.resolve(undefined) : findCachedGeneration(store, inputHash))
  let claimed: Doc | undefined
  let firstAttempt = input.firstAttempt
  while (!claimed) {
    const claim = await claimPhase(store, {
      data: {
        article: run.articleId,
        brief: run.briefId,
        cacheHit: false,
        inputHash,
        kit: run.kit.id,
        kitVersion: run.kit.version,
        messages,
        model,
        params,
        triggeredBy: run.userId ?? null,
      },
      firstAttempt,
      phase: phase.key,
      run: run.runId,
      staleAfterMs: input.staleAfterMs,
    })
    firstAttempt = false
    if (claim.kind === 'claimed') {
      claimed = claim.generation
      continue
    }
    launched() // no LLM call of ours to wait for
    if (claim.kind === 'done') {
      return finishFromGeneration(input, handler, claim.generation, setState)
    } else {
      const settled = await waitForPeer(input, claim.generation)
      if (settled === 'stale') continue
      if (settled && settled.status !== 'failed') return finishFromGeneration(input, handler, settled, setState)
      return { error: String(settled?.error ?? 'another worker failed this phase'), status: 'failed' }
    }
  }

  // 2. Cache: the same inputs answered before.
  const hit = await cached
  const cachedOutput = fromStoredOutput(handler, hit)
  if (hit && cachedOutput !== undefined) {
    launched()
    const record = {
      attempts: 0,
      cacheHit: true,
      cachedTokens: 0,
      completionTokens: 0,
      cost: 0,
      latencyMs: 0,
      parsedOutput: hit.parsedOutput,
      promptTokens: 0,
      rawOutput: hit.rawOutput,
      status: 'cached',
      totalTokens: 0,
    }
    const recorded = afterLaunches(payload, run.articleId).then(() => recordGeneration(store, claimed.id, record))
    return apply(input, handler, { ...claimed, ...record }, cachedOutput, true, setState, recorded)
  }

  // 3. Budget: estimate this call before paying for it.
  const reservation = await input.budget.reserve(
    phase.key,
    estimateCall(messages, model, params.maxTokens, options.llm.pricing),
  )
  if ('error' in reservation) {
    launched() // before setState: that save would wait for this launch
    input.unblocksNothing?.()
    await recordGeneration(store, claimed.id, { error: reservation.error, status: 'failed' })
    await setState({ error: reservation.error, generation: claimed.id, status: 'failed' })
    return { error: reservation.error, status: 'failed', stopRun: true }
  }

  // 4. The LLM call.
  let result
  try {
    // Once the request is on the wire, saves may use the CPU while the LLM answers.
    result = await callNotifyingSent(launched, () => callLlm(input, handler, messages, model, params))
  } catch (err) {
    reservation.release()
    throw err
  }
  // What the call cost stays reserved until its generation (which the budget reads) records it.
  reservation.settle({ cost: result.costUsd, tokens: result.usage.totalTokens })
  const stats = {
    attempts: result.attempts,
    cachedTokens: result.usage.cachedTokens,
    completionTokens: result.usage.completionTokens,
    cost: result.costUsd,
    latencyMs: result.latencyMs,
    // How the JSON was asked for in the end (json_schema → json_object → prompt), for debugging servers.
    ...('mode' in result && result.mode ? { params: { ...params, structuredMode: result.mode } } : {}),
    promptTokens: result.usage.promptTokens,
    totalTokens: result.usage.totalTokens,
  }
  if (!result.ok) {
    const error = result.error.message
    input.unblocksNothing?.()
    await recordGeneration(store, claimed.id, {
      ...stats,
      error,
      rawOutput: result.raw ?? null,
      status: 'failed',
      validationErrors: result.validationErrors ?? null,
    }).finally(reservation.release)
    await setState({ error, generation: claimed.id, status: 'failed' })
    return { error, retryable: isRetryable(result), status: 'failed' }
  }

  // 5. Record, then apply to the article: both once the dependants starting now have sent their requests.
  const record = { ...stats, parsedOutput: toStoredOutput(handler, result.output), rawOutput: result.raw, status: 'succeeded' }
  const recorded = afterLaunches(payload, run.articleId)
    .then(() => recordGeneration(store, claimed.id, record))
    .finally(reservation.release)
  return apply(input, handler, { ...claimed, ...record }, result.output, false, setState, recorded)
}

type CallResult =
  | ({ ok: true; output: unknown; raw: string } & Omit<LlmFailure, 'error' | 'ok' | 'raw' | 'validationErrors'>)
  | LlmFailure

/** JSON phases use structured output with repair turns; markdown phases free text, checked by the schema. */
const callLlm = async (
  input: PhaseRunInput,
  handler: PhaseHandler,
  messages: LlmMessage[],
  model: string,
  params: PhaseParams,
): Promise<CallResult> => {
  const common = {
    client: input.client,
    maxTokens: params.maxTokens ?? undefined,
    messages,
    model,
    signal: input.run.signal,
    temperature: params.temperature ?? undefined,
  }
  if (handler.format === 'json') {
    const result = await generateStructured({ ...common, schema: handler.schema, schemaName: input.phase.outputKind })
    return result.ok ? { ...result, output: result.data } : result
  }
  const result = await generateText(common)
  if (!result.ok) return result
  const parsed = handler.schema.safeParse(result.text)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => issue.message)
    return {
      ...result,
      error: { kind: 'invalid', message: `The reply is not usable text: ${issues.join('; ')}` },
      ok: false,
      raw: result.text,
      validationErrors: issues,
    }
  }
  return { ...result, output: parsed.data, raw: result.text }
}

type SetState = (
  change: Parameters<typeof withPhaseChanges>[1][string],
  content?: Record<string, unknown>,
) => Promise<Doc>

/**
 * The phase is done: dependants may start with its output now. Its generation is recorded
 * (`recorded`), then the output written into the article, in the background; the run waits for
 * both (`written`). The article is written only after the record, so a resumed run never finds an
 * article row pointing at a generation still marked running.
 */
const apply = (
  input: PhaseRunInput,
  handler: PhaseHandler,
  generation: Doc,
  output: unknown,
  cached: boolean,
  setState: SetState,
  recorded: Promise<void> = Promise.resolve(),
): PhaseOutcome => {
  // Registered first, so the article write is queued before anyone awaiting `recorded` resumes.
  const written = recorded.then(
    () => writeOutput(input, handler, generation, output, setState),
    (err: unknown) => recordFailed(input, generation, err, setState),
  )
  return { cached, generation, output, recorded: recorded.catch(() => undefined), status: 'done', written }
}

/** The output exists but its generation could not be recorded: the phase fails, the article is not touched. */
const recordFailed = async (input: PhaseRunInput, generation: Doc, err: unknown, setState: SetState): Promise<string> => {
  const key = input.phase.key
  const error = `The output could not be recorded: ${err instanceof Error ? err.message : String(err)}`
  input.payload.logger.error({ err, msg: `payload-prompt-kit: phase ${key} of article ${String(input.run.articleId)}: ${error}` })
  await setState({ error, generation: generation.id, status: 'failed' }).catch(() => undefined)
  return error
}

/**
 * Write the output into the article's fields and mark the phase done, in one draft save (shared
 * with other phases finishing at the same time). Mapping reads the article as it is at that save
 * (e.g. internal links resolve against existing slugs). Resolves with the error when it failed.
 */
const writeOutput = async (
  input: PhaseRunInput,
  handler: PhaseHandler,
  generation: Doc,
  output: unknown,
  setState: SetState,
): Promise<null | string> => {
  const { options, payload, run } = input
  const key = input.phase.key
  const target = { articleId: run.articleId, options, payload, req: run.req }
  const sent: { hashes?: FieldHashes } = {}
  let edited: string[] = []
  let note: null | string = null
  try {
    const saved = await updateArticle(target, async (article) => {
      const { data, warnings } = await handler.toArticleData(output as never, {
        article,
        brief: input.brief,
        options,
        payload,
        req: ownReq(run.req),
      })
      note = warnings.length ? `Warnings: ${warnings.join('; ')}` : null
      const row = { error: note, generation: generation.id, inputHash: String(generation.inputHash ?? '') }
      edited = changedFields(article, phaseRows(article).find((r) => r.phase === key)?.fieldHashes)
      if (edited.length === 0) {
        return phaseOutputChange(target, { data, fields: handler.fields, kitOrder: input.kitOrder, phase: key, row: { ...row, status: 'done' } }, article, sent)
      }
      // A person changed what this phase wrote: keep their text, offer the new output for review.
      const proposals = handler.fields.map((field) => ({ createdAt: new Date().toISOString(), field, generation: generation.id, value: data[field] ?? null }))
      return {
        pipeline: withPhaseChanges(article, { [key]: { ...row, status: 'edited' } }, input.kitOrder),
        proposals: withPhaseProposals(article, key, proposals),
      }
    })
    if (edited.length) {
      payload.logger.info(
        `payload-prompt-kit: phase ${key} of article ${String(run.articleId)}: ${edited.join(', ')} edited by a person; new output stored as a proposal`,
      )
      return null
    }
    await confirmFieldHashes(target, saved, { fields: handler.fields, kitOrder: input.kitOrder, phase: key, sent: sent.hashes })
    if (note) payload.logger.info(`payload-prompt-kit: phase ${key} of article ${String(run.articleId)}: ${note}`)
    return null
  } catch (err) {
    const error = `The output could not be saved into the article: ${err instanceof Error ? err.message : String(err)}`
    payload.logger.error({ err, msg: `payload-prompt-kit: phase ${key} of article ${String(run.articleId)}: ${error}` })
    await setState({ error, generation: generation.id, status: 'failed' }).catch(() => undefined)
    return error
  }
}

/** A generation done in this run already (a resumed run): make sure the article has its output. */
const finishFromGeneration = async (
  input: PhaseRunInput,
  handler: PhaseHandler,
  generation: Doc,
  setState: SetState,
): Promise<PhaseOutcome> => {
  const output = fromStoredOutput(handler, generation)
  if (output === undefined) return { error: `generation ${String(generation.id)} has no usable output`, status: 'failed' }
  const cached = generation.status === 'cached'
  const article = await readArticle({ articleId: input.run.articleId, options: input.options, payload: input.payload, req: input.run.req })
  const row = phaseRows(article).find((r) => r.phase === input.phase.key)
  if ((row?.status === 'done' || row?.status === 'edited') && sameId(row.generation, generation)) {
    return { cached, generation, output, recorded: Promise.resolve(), status: 'done', written: Promise.resolve(null) }
  }
  return apply(input, handler, generation, output, cached, setState)
}

/** Poll a peer's claim until it settles; 'stale' when its worker seems to have died. */
const waitForPeer = async (input: PhaseRunInput, claim: Doc): Promise<Doc | null | 'stale'> => {
  const store = { options: input.options, payload: input.payload, req: input.run.req }
  const started = Date.parse(String(claim.createdAt))
  for (;;) {
    if (input.run.signal?.aborted) return null
    const current = await findGeneration(store, claim.id)
    if (!current || current.status !== 'running') return current
    if (Date.now() - started >= input.staleAfterMs) return 'stale'
    await sleep(POLL_MS, input.run.signal)
  }
}
