import { describe, expect, it } from '@jest/globals'

import { createLlmClient, LlmConfigError } from '../../../src/llm/index.js'

describe('createLlmClient', () => {
  it('throws LlmConfigError naming both options when there is no URL and no key', () => {
    const create = () => createLlmClient({ model: 'gpt-4o-mini' }, {})
    expect(create).toThrow(LlmConfigError)
    expect(create).toThrow(/llm\.apiKey.*OPENAI_API_KEY.*llm\.baseURL.*OPENAI_BASE_URL/)
  })

  it('treats blank strings as unset', () => {
    expect(() => createLlmClient({ model: 'm', apiKey: ' ', baseURL: '' }, {})).toThrow(LlmConfigError)
  })

  it('needs only a baseURL for a local server, with a placeholder key', () => {
    const client = createLlmClient({ model: 'llama3.1:8b', baseURL: 'http://localhost:11434/v1/' }, {})
    expect(client.settings.baseURL).toBe('http://localhost:11434/v1')
    expect(client.openai.apiKey).toBe('not-needed')
  })

  it('defaults to api.openai.com with just a key, and applies defaults', () => {
    const client = createLlmClient({ model: 'gpt-4o-mini', apiKey: 'sk-abc' }, {})
    expect(client.settings).toMatchObject({
      baseURL: 'https://api.openai.com/v1',
      timeoutMs: 60000,
      maxRepairs: 2,
      outageMaxWaitMs: 1_800_000,
      backoffInitialMs: 1000,
      backoffMaxMs: 60_000,
      maxTokensParam: 'max_tokens',
    })
    expect(client.openai.timeout).toBe(60000)
    // We retry ourselves, so every request is counted and an outage is shared by all calls.
    expect(client.openai.maxRetries).toBe(0)
  })

  it('falls back to OPENAI_API_KEY / OPENAI_BASE_URL', () => {
    const client = createLlmClient({ model: 'm' }, { OPENAI_API_KEY: 'sk-env', OPENAI_BASE_URL: 'http://10.0.0.5:8000/v1' })
    expect(client.settings.baseURL).toBe('http://10.0.0.5:8000/v1')
    expect(client.openai.apiKey).toBe('sk-env')
  })

  it('rejects a missing model, a bad URL and nonsense numbers', () => {
    expect(() => createLlmClient({ model: '', apiKey: 'k' }, {})).toThrow(/llm\.model/)
    expect(() => createLlmClient({ model: 'm', baseURL: 'localhost:11434' }, {})).toThrow(/llm\.baseURL/)
    expect(() => createLlmClient({ model: 'm', apiKey: 'k', timeoutMs: 0 }, {})).toThrow(/llm\.timeoutMs/)
    expect(() => createLlmClient({ model: 'm', apiKey: 'k', maxRepairs: -1 }, {})).toThrow(/llm\.maxRepairs/)
    expect(() => createLlmClient({ model: 'm', apiKey: 'k', outageMaxWaitMs: 0 }, {})).toThrow(/llm\.outageMaxWaitMs/)
  })

  it('keeps the SDK instance (which holds the key) out of serialisation', () => {
    const client = createLlmClient({ model: 'm', apiKey: 'sk-secret-value-123' }, {})
    expect(Object.keys(client)).not.toContain('openai')
    expect(JSON.stringify(client)).not.toContain('sk-secret-value-123')
  })
})
