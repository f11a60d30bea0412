import type { BenchFake } from './fakeLlmProcess.js'

import { generateArticle } from '../src/generateArticle.js'
import { runPendingPipelines } from '../src/jobs/runPendingPipelines.js'
import { getPipelineStatus } from '../src/pipeline/status.js'
import { createBriefWithSibling } from '../tests/support/pipelineFixtures.js'
import { freshBenchDatabase, startBenchPayload, stopBenchPayload } from './benchPayload.js'
import { recordTimeline, type Timeline } from './timeline.js'

export type KitTiming = { concurrency: number; llmCalls: number; timelines: Timeline[]; walls: number[] }

/**
 * Wall time of whole-kit runs of one article, from `generateArticle` (queue) to the end of
 * `runPendingPipelines` (the job ran in this process). One unmeasured warm-up run first.
 */
export const timeKitRuns = async (kind: 'postgres' | 'sqlite', fake: BenchFake, concurrency: number, reps: number): Promise<KitTiming> => {
  const db = freshBenchDatabase(kind)
  const payload = await startBenchPayload(db, fake.baseURL, concurrency)
  try {
    const walls: number[] = []
    const timelines: Timeline[] = []
    const before = (await fake.counts()).requestCount
    for (let i = 0; i <= reps; i++) {
      const { brief } = await createBriefWithSibling(payload, `c${concurrency}r${i}`)
      const started = performance.now()
      const timeline = recordTimeline()
      const run = await generateArticle(payload, { brief: brief.id })
      timeline.queued()
      await runPendingPipelines(payload)
      const wall = performance.now() - started
      const recorded = timeline.done()
      const status = await getPipelineStatus(payload, run.articleId)
      if (status.run?.status !== 'succeeded') throw new Error(`bench run failed: ${status.run?.error ?? 'unknown'}`)
      if (i > 0) (walls.push(wall), timelines.push(recorded))
    }
    return { concurrency, llmCalls: ((await fake.counts()).requestCount - before) / (reps + 1), timelines, walls }
  } finally {
    await stopBenchPayload(payload, db)
  }
}
