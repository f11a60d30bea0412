import { describe, expect, it, jest } from '@jest/globals'

import { callNotifyingSent, generateText } from '../../../src/llm/index.js'
import { useFakeOpenAI } from './harness.js'

const ctx = useFakeOpenAI()

const signal = () => {
  let fire!: () => void
  const fired = new Promise<void>((resolve) => (fire = resolve))
  return { fire, fired }
}

describe('callNotifyingSent', () => {
  it('reports the request as sent while the server still holds its answer', async () => {
    const sent = signal()
    // The fake answers only after `sent` ran: reported only when the call settles, it would time out.
    ctx.fake.script(async () => {
      await sent.fired
      return { content: 'hello' }
    })
    const result = await callNotifyingSent(sent.fire, () =>
      generateText({ client: ctx.client({ maxRetries: 0 }), messages: [{ content: 'hi', role: 'user' }] }),
    )
    expect(result.ok).toBe(true)
  })

  it('tells concurrent calls apart: each is reported when its own request is written', async () => {
    const sent = { a: signal(), b: signal() }
    ctx.fake.script(async (req) => {
      const which = JSON.stringify(req.body).includes('call a') ? 'a' : 'b'
      await sent[which].fired
      return { content: `answer ${which}` }
    })
    const client = ctx.client({ maxRetries: 0 })
    const call = (which: 'a' | 'b') =>
      callNotifyingSent(sent[which].fire, () => generateText({ client, messages: [{ content: `call ${which}`, role: 'user' }] }))
    const results = await Promise.all([call('a'), call('b')])
    expect(results.map((r) => (r.ok ? r.text : r.error.message))).toEqual(['answer a', 'answer b'])
  })

  it('reports once per call, also over retries and when the call fails before sending anything', async () => {
    const onSent = jest.fn()
    ctx.fake.script([{ status: 500 }, { content: 'second try' }])
    const retried = await callNotifyingSent(onSent, () => generateText({ client: ctx.client({ maxRetries: 1 }), messages: [{ content: 'hi', role: 'user' }] }))
    expect(retried.ok).toBe(true)
    expect(onSent).toHaveBeenCalledTimes(1)

    const failed = jest.fn()
    await expect(callNotifyingSent(failed, () => Promise.reject(new Error('no request')))).rejects.toThrow('no request')
    expect(failed).toHaveBeenCalledTimes(1)
  })
})
