/**
 * `npx tsx bench/fakeServer.ts [latencyMs] [rate limits JSON]`: the fake OpenAI server on its own, for trying the CLI
 * and the worker without a model: `OPENAI_BASE_URL=<printed URL> npm run generate -- --brief 1`.
 * The bench runs it this way too (see fakeLlmProcess.ts), out of its own process like a real
 * endpoint, and asks for its request counts over the IPC channel.
 */
import type { RateLimits } from '../tests/support/fakeProviders.js'
import type { FakeCounts, FakeRequest } from './fakeLlmProcess.js'

import { startBenchFake } from './fakeLlm.js'

// Optional provider rate limits, as JSON (see RateLimits in tests/support/fakeProviders.ts).
const limits = process.argv[3] ? (JSON.parse(process.argv[3]) as RateLimits) : undefined
const fake = await startBenchFake(Number(process.argv[2] ?? 200), undefined, limits)
process.stdout.write(`${fake.baseURL}\n`)
const stop = () => void fake.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
process.on('disconnect', stop)
process.on('message', (message: FakeRequest) => {
  if (message.type === 'reset') fake.calls.clear()
  const counts: FakeCounts = { calls: [...fake.calls.values()], id: message.id, rateLimitLog: fake.rateLimitLog, requestCount: fake.requestCount }
  process.send?.(counts)
})
