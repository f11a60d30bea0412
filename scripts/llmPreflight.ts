import type { ResolvedPromptKitOptions } from '../src/types.js'

import { createLlmClient, LlmConfigError } from '../src/llm/index.js'
import { CliError } from './cliError.js'

const PROBE_TIMEOUT_MS = 5_000

/**
 * Fail fast, before anything is queued: the LLM must be configured and its server must answer
 * (any HTTP status counts; only a connection failure or timeout is "unreachable").
 */
export const llmPreflight = async (llm: ResolvedPromptKitOptions['llm']): Promise<string> => {
  let baseURL: string
  try {
    baseURL = createLlmClient({ apiKey: llm.apiKey, baseURL: llm.baseURL, model: llm.model }).settings.baseURL
  } catch (error) {
    if (error instanceof LlmConfigError) throw new CliError(error.message)
    throw error
  }
  try {
    await fetch(`${baseURL}/models`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) })
  } catch (error) {
    const inner = (error as { cause?: { code?: string; message?: string } }).cause
    const cause = inner?.code ?? inner?.message ?? (error instanceof Error ? error.message : String(error))
    throw new CliError(
      `cannot reach the LLM at ${baseURL} (${cause}); start the server or fix OPENAI_BASE_URL (plugin option llm.baseURL)`,
    )
  }
  return baseURL
}
