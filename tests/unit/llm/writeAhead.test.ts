import { describe, expect, it } from '@jest/globals'
import { z } from 'zod'

import { generateStructured, generateText, type LlmAnswer } from '../../../src/llm/index.js'
import { useFakeOpenAI } from './harness.js'

const Answer = z.object({ answer: z.string().min(3) })
const messages = [{ role: 'user' as const, content: 'Say hello as JSON.' }]

describe('write-ahead of answers', () => {
  const ctx = useFakeOpenAI()

  it('hands each answer to onAnswer, awaited, before it is validated', async () => {
    ctx.fake.script([{ content: '{"answer":"hi"}', usage: { prompt_tokens: 20, completion_tokens: 4 } }, { content: '{"answer":"hello"}' }])
    const stored: Array<LlmAnswer & { requestsSoFar: number }> = []
    const result = await generateStructured({
      client: ctx.client(),
      messages,
      schema: Answer,
      schemaName: 'answer',
      onAnswer: async (answer) => {
        await new Promise((resolve) => setTimeout(resolve, 20)) // a slow database write holds the call
        stored.push({ ...answer, requestsSoFar: ctx.fake.requestCount })
      },
    })
    expect(result.ok && result.data).toEqual({ answer: 'hello' })
    expect(stored).toEqual([
      // The invalid answer was kept too, before the repair request went out.
      { raw: '{"answer":"hi"}', usage: { promptTokens: 20, completionTokens: 4, cachedTokens: 0, totalTokens: 24 }, attempts: 1, requestsSoFar: 1 },
      { raw: '{"answer":"hello"}', usage: expect.objectContaining({ completionTokens: 5 }), attempts: 2, requestsSoFar: 2 },
    ])
  })

  it('passes on an error thrown by onAnswer: the answer could not be kept', async () => {
    ctx.fake.script({ content: '{"answer":"hello"}' })
    const call = generateText({ client: ctx.client(), messages, onAnswer: () => Promise.reject(new Error('database away')) })
    await expect(call).rejects.toThrow('database away')
  })

  it('uses a valid stored answer without sending a request', async () => {
    const result = await generateStructured({ client: ctx.client(), messages, schema: Answer, schemaName: 'answer', storedAnswer: '{"answer":"stored"}' })
    expect(result.ok && result.data).toEqual({ answer: 'stored' })
    expect(result.ok && result.raw).toBe('{"answer":"stored"}')
    expect(result.attempts).toBe(0)
    expect(result.usage.totalTokens).toBe(0)
    expect(ctx.fake.requestCount).toBe(0)
  })

  it('repairs from an invalid stored answer', async () => {
    ctx.fake.script({ content: '{"answer":"repaired"}' })
    const answers: string[] = []
    const result = await generateStructured({
      client: ctx.client(),
      messages,
      schema: Answer,
      schemaName: 'answer',
      storedAnswer: '{"answer":"x"}',
      onAnswer: (a) => void answers.push(a.raw),
    })
    expect(result.ok && [result.data, result.repairs, result.attempts]).toEqual([{ answer: 'repaired' }, 1, 1])
    const sent = ctx.fake.requests[0].body.messages
    expect(sent.slice(0, 2)).toEqual([messages[0], { role: 'assistant', content: '{"answer":"x"}' }])
    expect(sent[2].content).toMatch(/answer/)
    // The stored answer is already stored: only the new one is handed over.
    expect(answers).toEqual(['{"answer":"repaired"}'])
  })

  it('uses a stored text answer as is, and asks again for an empty one', async () => {
    const stored = await generateText({ client: ctx.client(), messages, storedAnswer: '<think>plan</think>The stored intro.' })
    expect(stored.ok && [stored.text, stored.attempts]).toEqual(['The stored intro.', 0])
    expect(ctx.fake.requestCount).toBe(0)

    ctx.fake.script({ content: 'A fresh intro.' })
    const empty = await generateText({ client: ctx.client(), messages, storedAnswer: '  ' })
    expect(empty.ok && [empty.text, empty.attempts]).toEqual(['A fresh intro.', 1])
  })
})
