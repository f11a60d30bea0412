/**
 * The config of the bench's worker processes (`PAYLOAD_CONFIG_PATH=bench/workerConfig.ts npm run worker`):
 * the same schema as the parent, on the database and fake LLM it names in the environment.
 */
import type { LlmRateLimits } from '../src/llm/rateLimit/options.js'

import { benchConfig } from './config.js'

const env = (name: string): string => {
  const value = process.env[name]
  if (!value) throw new Error(`bench worker: ${name} is not set (the bench sets it for its child processes)`)
  return value
}

export default benchConfig({
  baseURL: env('OPENAI_BASE_URL'),
  concurrency: Number(env('BENCH_CONCURRENCY')),
  db: { kind: 'postgres', schema: env('BENCH_PG_SCHEMA'), uri: env('BENCH_PG_URI') },
  push: false,
  // The bulk part's limits, shared with the bench process through the database.
  ...(process.env.BENCH_RATE_LIMITS ? { rateLimits: JSON.parse(process.env.BENCH_RATE_LIMITS) as LlmRateLimits } : {}),
})
