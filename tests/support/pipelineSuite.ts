import type { Payload } from 'payload'

import type { PromptKitPluginOptions } from '../../src/types.js'
import type { DatabaseKind } from './databases.js'
import type { FakeOpenAI } from './fakeOpenAI.js'

import { clearModeCache } from '../../src/llm/index.js'
import { startFakeOpenAI } from './fakeOpenAI.js'
import { FAKE_MODEL, FAKE_PRICING, pipelineResponder, SECRET_API_KEY } from './pipelineFixtures.js'
import { loginToken } from './rest.js'
import { startTestPayload, stopTestPayload } from './testPayload.js'

export const SUITE_PASSWORD = 'correct-horse-battery'

type Doc = { [key: string]: unknown; id: number | string }

export type PipelineSuite<User extends string> = {
  fake: FakeOpenAI
  payload: Payload
  /** Answers the fake server gives; a fresh default responder before each test, replace it to script one. */
  script: ReturnType<typeof pipelineResponder>
  tokens: Record<User, string>
  users: Record<User, Doc>
}

/**
 * The setup pipeline integration suites share, registered as jest hooks: a fake OpenAI server,
 * Payload on `db` with the plugin pointed at it, one logged-in user per name (told apart by
 * `name`, which access functions can read), and a fresh responder and LLM mode cache per test.
 * Fields are filled in `beforeAll`, so read them inside hooks and tests.
 */
export const pipelineSuite = <User extends string>(
  db: DatabaseKind,
  { plugin = {}, users }: { plugin?: Omit<PromptKitPluginOptions, 'llm'>; users: readonly User[] },
): PipelineSuite<User> => {
  const suite = { script: pipelineResponder(), tokens: {}, users: {} } as PipelineSuite<User>
  beforeAll(async () => {
    suite.fake = await startFakeOpenAI((req, i) => suite.script.responder(req, i))
    suite.payload = await startTestPayload({
      db,
      plugin: {
        // A generous timeout: on a busy machine a short one makes the SDK retry, and call counts drift.
        llm: { apiKey: SECRET_API_KEY, baseURL: suite.fake.baseURL, model: FAKE_MODEL, pricing: FAKE_PRICING, timeoutMs: 30_000 },
        ...plugin,
      },
    })
    for (const name of users) {
      const email = `${name}-${db}-${Math.random().toString(36).slice(2, 8)}@example.com`
      suite.users[name] = (await suite.payload.create({ collection: 'users', data: { email, name, password: SUITE_PASSWORD } })) as Doc
      suite.tokens[name] = await loginToken(suite.payload, email, SUITE_PASSWORD)
    }
  })
  afterAll(async () => {
    await stopTestPayload(suite.payload)
    await suite.fake?.close()
  })
  beforeEach(() => {
    clearModeCache()
    suite.script = pipelineResponder()
  })
  return suite
}
