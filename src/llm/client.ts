import OpenAI from 'openai'

import { LlmConfigError } from './configError.js'
import { providerFetch } from './providerFetch.js'
import { makeRedactor } from './redact.js'
import { LLM_DEFAULTS, type LlmSettings, type ResolvedLlmSettings } from './settings.js'

/** The SDK insists on a key; local servers ignore it. */
const LOCAL_PLACEHOLDER_KEY = 'not-needed'
const DEFAULT_BASE_URL = 'https://api.openai.com/v1'

export interface LlmClient {
  readonly openai: OpenAI
  readonly settings: ResolvedLlmSettings
  /** Removes the API key (and header secrets) from any text before it leaves the LLM layer. */
  readonly redact: (text: string) => string
}

type Env = Record<string, string | undefined>

const clean = (v: string | undefined) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined)

function isHttpURL(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

function positiveInt(name: string, value: number | undefined, fallback: number, allowZero = false): number {
  if (value === undefined) return fallback
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new LlmConfigError(`llm.${name} must be a ${allowZero ? 'non-negative' : 'positive'} number (got ${String(value)})`)
  }
  return Math.ceil(value)
}

export function createLlmClient(settings: LlmSettings, env: Env = process.env): LlmClient {
  const baseURLOption = clean(settings.baseURL) ?? clean(env.OPENAI_BASE_URL)
  const apiKeyOption = clean(settings.apiKey) ?? clean(env.OPENAI_API_KEY)
  if (!baseURLOption && !apiKeyOption) {
    throw new LlmConfigError(
      'No LLM endpoint configured: set llm.apiKey (or env OPENAI_API_KEY) for OpenAI, ' +
        'or llm.baseURL (or env OPENAI_BASE_URL) for an OpenAI-compatible server such as Ollama, vLLM, llama.cpp or LM Studio.',
    )
  }
  const model = clean(settings.model)
  if (!model) throw new LlmConfigError('llm.model is required (e.g. "gpt-4o-mini" or "llama3.1:8b")')

  const baseURL = (baseURLOption ?? DEFAULT_BASE_URL).replace(/\/+$/, '')
  if (!isHttpURL(baseURL)) {
    throw new LlmConfigError('llm.baseURL must be an http(s) URL, e.g. "http://localhost:11434/v1"')
  }

  const resolved: ResolvedLlmSettings = {
    baseURL,
    model,
    timeoutMs: positiveInt('timeoutMs', settings.timeoutMs, LLM_DEFAULTS.timeoutMs),
    maxRepairs: positiveInt('maxRepairs', settings.maxRepairs, LLM_DEFAULTS.maxRepairs, true),
    outageMaxWaitMs: positiveInt('outageMaxWaitMs', settings.outageMaxWaitMs, LLM_DEFAULTS.outageMaxWaitMs),
    backoffInitialMs: positiveInt('backoffInitialMs', settings.backoffInitialMs, LLM_DEFAULTS.backoffInitialMs),
    backoffMaxMs: positiveInt('backoffMaxMs', settings.backoffMaxMs, LLM_DEFAULTS.backoffMaxMs),
    maxTokensParam: settings.maxTokensParam ?? 'max_tokens',
    pricing: settings.pricing ?? {},
  }
  const apiKey = apiKeyOption ?? LOCAL_PLACEHOLDER_KEY
  const openai = new OpenAI({
    baseURL,
    apiKey,
    // Our own per-request timer (requestTurn.ts) covers the whole answer; the SDK's stops at the headers.
    timeout: resolved.timeoutMs,
    // We retry ourselves (retryingTurn.ts), so `attempts` counts every request and an outage is shared.
    maxRetries: 0,
    defaultHeaders: settings.defaultHeaders,
    fetch: providerFetch(),
  })
  const client = { settings: resolved, redact: makeRedactor([apiKey, ...Object.values(settings.defaultHeaders ?? {})]) }
  // Non-enumerable so a logger serialising the client never prints the SDK instance (it holds the key).
  Object.defineProperty(client, 'openai', { value: openai, enumerable: false })
  return client as LlmClient
}
