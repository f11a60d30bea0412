import type { Payload } from 'payload'

import { encodeChat } from 'gpt-tokenizer/model/gpt-4o-mini'

import { generateTopicalMap } from '../../src/maps/generateTopicalMap.js'
import { previewGeneration } from '../../src/pipeline/preview.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { createMapWithBriefs } from '../support/mapFixtures.js'
import { startTestPayload, stopTestPayload } from '../support/testPayload.js'

reportSkippedDatabases()

const MODEL = 'gpt-4o-mini'
const PRICING = { [MODEL]: { inputPerMTok: 0.15, outputPerMTok: 0.6 } }
const LIMITS = { rpm: 30, tpm: 40_000 }

type ChatMessage = { content: string; role: 'assistant' | 'system' | 'user' }

describe.each(databasesUnderTest())('the map forecast for an OpenAI model, on %s', (db) => {
  let payload: Payload
  beforeAll(async () => {
    // Nothing is sent: a forecast only renders prompts. Nothing listens on port 9.
    payload = await startTestPayload({
      db,
      plugin: {
        llm: {
          baseURL: 'http://127.0.0.1:9/v1',
          model: MODEL,
          pricing: PRICING,
          rateLimits: { [MODEL]: LIMITS },
        },
      },
    })
  })
  afterAll(() => stopTestPayload(payload))

  it('is the sum of each brief’s preview, per article and in total, with prompt tokens from OpenAI’s tokenizer', async () => {
    const { briefs, map } = await createMapWithBriefs(payload, db)
    const { forecast, queued } = await generateTopicalMap(payload, { dryRun: true, topicalMap: map.id })
    expect(queued).toEqual([])
    const order = [briefs.pillar, briefs.clusterB, briefs.clusterA]
    expect(forecast.articles.map((a) => String(a.brief))).toEqual(order.map((b) => String(b.id)))

    let total = { calls: 0, completionTokens: 0, cost: 0, promptTokens: 0 }
    for (const [index, brief] of order.entries()) {
      const preview = await previewGeneration(payload, { brief: brief.id })
      const article = forecast.articles[index]!
      // The forecast's numbers are the preview's per-phase estimates, summed.
      const sums = {
        calls: preview.phases.length,
        completionTokens: preview.phases.reduce((sum, p) => sum + p.maxCompletionTokens, 0),
        cost: preview.phases.reduce((sum, p) => sum + p.estimatedCost, 0),
        promptTokens: preview.phases.reduce((sum, p) => sum + p.promptTokens, 0),
      }
      expect(article).toMatchObject({
        calls: sums.calls,
        completionTokens: sums.completionTokens,
        promptTokens: sums.promptTokens,
        tokenCounting: 'tokenizer',
      })
      expect(article.cost).toBeCloseTo(sums.cost, 12)
      expect(article.tokens).toBe(sums.promptTokens + sums.completionTokens)
      expect(article.models).toEqual({ [MODEL]: { calls: sums.calls, tokens: article.tokens } })
      // Each phase's prompt tokens are exactly what OpenAI's chat encoding gives its rendered messages.
      for (const phase of preview.phases) {
        expect(phase.tokenCounting).toBe('tokenizer')
        expect(phase.promptTokens).toBe(encodeChat(phase.messages as ChatMessage[]).length)
        expect(phase.promptTokens).not.toBe(
          Math.ceil(phase.messages.reduce((sum, m) => sum + String(m.content).length, 0) / 4),
        )
      }
      total = {
        calls: total.calls + sums.calls,
        completionTokens: total.completionTokens + sums.completionTokens,
        cost: total.cost + sums.cost,
        promptTokens: total.promptTokens + sums.promptTokens,
      }
    }
    expect(forecast.totals).toMatchObject({
      articles: 3,
      calls: total.calls,
      completionTokens: total.completionTokens,
      promptTokens: total.promptTokens,
    })
    expect(forecast.totals.cost).toBeCloseTo(total.cost, 12)
    expect(forecast.totals.cost).toBeCloseTo(
      (total.promptTokens * 0.15 + total.completionTokens * 0.6) / 1e6,
      12,
    )
    // The time at llm.rateLimits: the larger of requests / RPM and tokens / TPM, in seconds.
    const tokens = total.promptTokens + total.completionTokens
    expect(forecast.time).toEqual({
      basis: 'rateLimits',
      concurrency: 3,
      seconds: Math.ceil(Math.max((total.calls / LIMITS.rpm) * 60, (tokens / LIMITS.tpm) * 60)),
    })
  })
})
