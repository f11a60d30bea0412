import type { LlmClient } from './client.js'
import { costOf } from './cost.js'
import type { LlmCallStats, LlmUsage } from './types.js'
import { addUsage, emptyUsage } from './usage.js'

/** Accumulates usage and attempts across the requests of one generate call. */
export class CallTally {
  private usage: LlmUsage = emptyUsage()
  private started = Date.now()
  /** HTTP requests sent, retries included. */
  attempts = 0

  constructor(
    private client: LlmClient,
    readonly model: string,
  ) {}

  add(usage: LlmUsage): void {
    this.usage = addUsage(this.usage, usage)
  }

  stats(): LlmCallStats {
    return {
      usage: { ...this.usage },
      attempts: this.attempts,
      latencyMs: Date.now() - this.started,
      model: this.model,
      costUsd: costOf(this.usage, this.model, this.client.settings.pricing),
    }
  }
}
