import { describe, expect, it } from '@jest/globals'

import { faqHandler } from '../../../../src/phases/faq.js'
import { validSamples } from '../phaseSamples.js'
import { fakeContext } from './context.js'

describe('faq handler', () => {
  it('writes the questions and answers to faq, in order', async () => {
    expect(faqHandler).toMatchObject({ fields: ['faq'], format: 'json', kind: 'faq' })
    const { data, warnings } = await faqHandler.toArticleData(validSamples.faq, await fakeContext())
    expect(warnings).toEqual([])
    expect(data).toEqual({ faq: validSamples.faq.faqs.map(({ answer, question }) => ({ answer, question })) })
    expect((data.faq as { question: string }[])[0]).toEqual({ question: 'Question 1?', answer: 'A short answer. With a second sentence.' })
  })

  it('gives later prompts pretty-printed JSON', () => {
    expect(faqHandler.toPromptText(validSamples.faq)).toBe(JSON.stringify(validSamples.faq, null, 2))
  })
})
