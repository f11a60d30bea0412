import type { ResolvedPromptKitOptions } from '../../types.js'
import type { ImageUsage } from './imagesApi.js'

import { costOf } from '../../llm/cost.js'

/**
 * USD one generated image cost: `images.pricePerImageUsd` when set; otherwise the model's token
 * prices in `llm.pricing` applied to the usage the answer reported; otherwise 0.
 */
export const imageCost = (options: ResolvedPromptKitOptions, usage: ImageUsage | undefined): number => {
  const { model, pricePerImageUsd } = options.images
  if (pricePerImageUsd !== undefined) return pricePerImageUsd
  if (!usage) return 0
  return costOf(
    { cachedTokens: 0, completionTokens: usage.outputTokens, promptTokens: usage.inputTokens, totalTokens: usage.totalTokens },
    model,
    options.llm.pricing,
  )
}
