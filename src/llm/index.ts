export { createLlmClient, type LlmClient } from './client.js'
export { LlmConfigError } from './configError.js'
export { costOf } from './cost.js'
export { extractJson, type ExtractedJson } from './extractJson.js'
export { generateStructured, type GenerateStructuredOptions } from './generateStructured.js'
export { generateText, type GenerateTextOptions } from './generateText.js'
export { clearModeCache } from './modeCache.js'
export { LLM_DEFAULTS, type LlmSettings, type ModelPricing, type PricingTable, type ResolvedLlmSettings } from './settings.js'
export type {
  LlmAnswer,
  LlmCallOptions,
  LlmCallStats,
  LlmError,
  LlmErrorKind,
  LlmFailure,
  LlmLogLevel,
  LlmMessage,
  LlmUsage,
  LlmWait,
  StructuredMode,
  StructuredResult,
  StructuredSuccess,
  TextResult,
  TextSuccess,
} from './types.js'
export { addUsage, emptyUsage } from './usage.js'
