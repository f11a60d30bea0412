import { afterEach, beforeEach } from '@jest/globals'

import { clearModeCache, createLlmClient, type LlmClient, type LlmSettings } from '../../../src/llm/index.js'
import { resetBreakers } from '../../../src/llm/circuitBreaker.js'
import { startFakeOpenAI, type FakeOpenAI } from '../../support/fakeOpenAI.js'

/** Distinctive so a leak into any message is easy to spot. */
export const TEST_API_KEY = 'sk-test-DO-NOT-LEAK-9f8e7d6c5b4a'

/** Starts a fresh fake per test; `ctx.fake` / `ctx.client(...)` are valid inside tests. */
export function useFakeOpenAI() {
  const ctx = {
    fake: undefined as unknown as FakeOpenAI,
    client(overrides: Partial<LlmSettings> = {}): LlmClient {
      return createLlmClient({
        baseURL: ctx.fake.baseURL,
        apiKey: TEST_API_KEY,
        model: 'test-model',
        timeoutMs: 2000,
        // Short waits so outage tests take seconds, not minutes.
        outageMaxWaitMs: 5000,
        backoffInitialMs: 20,
        backoffMaxMs: 200,
        ...overrides,
      })
    },
  }
  beforeEach(async () => {
    clearModeCache()
    resetBreakers()
    ctx.fake = await startFakeOpenAI()
  })
  afterEach(async () => {
    await ctx.fake.close()
  })
  return ctx
}
