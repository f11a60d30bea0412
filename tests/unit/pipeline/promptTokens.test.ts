import { estimateCall } from '../../../src/pipeline/budget.js'
import { countPromptTokens, tokenCountingFor } from '../../../src/pipeline/promptTokens.js'

// "Hello, world!" is 4 tokens in both o200k_base and cl100k_base: "Hello" "," " world" "!".
// "system" and "user" are one token each. Framing: 3 per message, 3 to prime the reply.
const messages = [
  { content: 'Hello, world!', role: 'system' as const },
  { content: 'Write the introduction.', role: 'user' as const },
]

describe('countPromptTokens', () => {
  it('counts an OpenAI model with its own tokenizer, message framing included', () => {
    // "Write" " the" " introduction" "." = 4 tokens; 3 + (3+1+4) + (3+1+4) = 19.
    expect(countPromptTokens(messages, 'gpt-4o-mini')).toEqual({ method: 'tokenizer', tokens: 19 })
    expect(countPromptTokens(messages, 'gpt-4')).toEqual({ method: 'tokenizer', tokens: 19 })
  })

  it('tells o200k models from cl100k ones where the encodings differ', () => {
    const text = [{ content: 'Kontinuierliche Integration für Python-Projekte', role: 'user' as const }]
    const o200k = countPromptTokens(text, 'gpt-4o').tokens
    const cl100k = countPromptTokens(text, 'gpt-3.5-turbo').tokens
    expect(o200k).toBe(countPromptTokens(text, 'openai/gpt-4o-2024-08-06').tokens)
    expect(cl100k).toBe(countPromptTokens(text, 'gpt-4-0613').tokens)
    expect(o200k).not.toBe(cl100k)
  })

  it('counts characters / 4 for models that are not OpenAI’s', () => {
    // 13 + 23 = 36 characters → 9 tokens.
    expect(countPromptTokens(messages, 'llama3.1:8b')).toEqual({ method: 'characters', tokens: 9 })
    expect(countPromptTokens(messages, 'fake-model')).toEqual({ method: 'characters', tokens: 9 })
    expect(tokenCountingFor('qwen2.5')).toBe('characters')
    expect(tokenCountingFor('o3-mini')).toBe('tokenizer')
  })

  it('is what estimateCall charges for the prompt', () => {
    const pricing = { 'gpt-4o-mini': { inputPerMTok: 1_000_000, outputPerMTok: 0 } }
    // 19 prompt tokens at $1 each, plus a completion allowance of 100 at $0.
    expect(estimateCall(messages, 'gpt-4o-mini', 100, pricing)).toEqual({ cost: 19, tokens: 119 })
  })
})
