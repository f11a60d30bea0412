import type { ModelPricing } from 'payload-prompt-kit'

/**
 * OpenAI list prices in USD per million tokens (openai.com/api/pricing, 2025), so the dev admin shows
 * real cost estimates. A model missing here is priced at $0; add a row when you point the app at it.
 */
export const modelPricing: Record<string, ModelPricing> = {
  'gpt-4.1': { cachedInputPerMTok: 0.5, inputPerMTok: 2, outputPerMTok: 8 },
  'gpt-4.1-mini': { cachedInputPerMTok: 0.1, inputPerMTok: 0.4, outputPerMTok: 1.6 },
  'gpt-4o': { cachedInputPerMTok: 1.25, inputPerMTok: 2.5, outputPerMTok: 10 },
  'gpt-4o-mini': { cachedInputPerMTok: 0.075, inputPerMTok: 0.15, outputPerMTok: 0.6 },
}
