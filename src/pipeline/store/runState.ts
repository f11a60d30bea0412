import type { PhaseStateRow } from '../types.js'
import type { ArticleTarget, RunState } from './articles.js'

import { updateArticle, withPhaseChanges, withRunChange } from './articles.js'

const now = () => new Date().toISOString()

/** Phases of the run as failed, with their reasons, in one save. */
export const failPhases = async (target: ArticleTarget, failures: Map<string, string>, kitOrder: string[]): Promise<void> => {
  if (failures.size === 0) return
  const changes = Object.fromEntries([...failures].map(([key, error]) => [key, { error, status: 'failed' } satisfies Partial<PhaseStateRow>]))
  await updateArticle(target, (article) => ({ pipeline: withPhaseChanges(article, changes, kitOrder) }))
}

/** The run is under way: its phases queued (except those a resumed run finished), its state running. */
export const markRunStarted = async (
  target: ArticleTarget,
  { jobId, kitOrder, pending, requested, runId, userId }: { jobId?: string; kitOrder: string[]; pending: string[]; requested: null | string[]; runId: string; userId?: unknown },
): Promise<void> => {
  await updateArticle(target, (article) => {
    const current = article.run as RunState | undefined
    const sameRun = current?.runId === runId
    return {
      pipeline: withPhaseChanges(article, Object.fromEntries(pending.map((key) => [key, { error: null, status: 'queued' }])), kitOrder),
      run: withRunChange(article, {
        error: null,
        finishedAt: null,
        ...(jobId === undefined ? {} : { job: jobId }),
        llmNextTryAt: null,
        llmWaitReason: null,
        llmWaitSince: null,
        phases: requested,
        runId,
        // A resumed run keeps its start; a queued one (startedAt still null) starts now.
        startedAt: (sameRun ? current?.startedAt : null) ?? now(),
        status: 'running',
        triggeredBy: (userId as RunState['triggeredBy']) ?? current?.triggeredBy ?? null,
      }),
    }
  })
}

/** The run ended: its outcome, and the phases that failed (with why), in one save. */
export const markRunFinished = async (
  target: ArticleTarget,
  { error, failures, kitOrder, runId, status }: { error?: string; failures: Map<string, string>; kitOrder: string[]; runId: string; status: 'failed' | 'succeeded' },
): Promise<void> => {
  const changes = Object.fromEntries([...failures].map(([key, message]) => [key, { error: message, status: 'failed' }]))
  await updateArticle(target, (article) => ({
    ...(failures.size ? { pipeline: withPhaseChanges(article, changes, kitOrder) } : {}),
    run: withRunChange(article, { error: error ?? null, finishedAt: now(), llmNextTryAt: null, llmWaitReason: null, llmWaitSince: null, runId, status }),
  }))
}

/** The run waits for the LLM endpoint (outage, rate limit), or no longer does (null). */
export const markLlmWait = async (target: ArticleTarget, wait: { nextTryAt: Date; reason: string; since: Date } | null): Promise<void> => {
  await updateArticle(target, (article) => ({
    run: withRunChange(article, {
      llmNextTryAt: wait ? wait.nextTryAt.toISOString() : null,
      llmWaitReason: wait ? wait.reason : null,
      llmWaitSince: wait ? wait.since.toISOString() : null,
    }),
  }))
}
