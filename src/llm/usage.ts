import type { CompletionUsage } from 'openai/resources/completions'

import type { LlmUsage } from './types.js'

export const emptyUsage = (): LlmUsage => ({ promptTokens: 0, completionTokens: 0, cachedTokens: 0, totalTokens: 0 })

export function usageFromApi(usage: CompletionUsage | null | undefined): LlmUsage {
  if (!usage) return emptyUsage()
  const promptTokens = usage.prompt_tokens ?? 0
  const completionTokens = usage.completion_tokens ?? 0
  return {
    promptTokens,
    completionTokens,
    cachedTokens: usage.prompt_tokens_details?.cached_tokens ?? 0,
    // Some local servers omit total_tokens.
    totalTokens: usage.total_tokens ?? promptTokens + completionTokens,
  }
}

export function addUsage(a: LlmUsage, b: LlmUsage): LlmUsage {
  return {
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
    cachedTokens: a.cachedTokens + b.cachedTokens,
    totalTokens: a.totalTokens + b.totalTokens,
  }
}
