import { z } from 'zod'

import { list, text } from './fields.js'

/** The prompt asks for exactly this many; validation accepts a couple either way rather than pay for a retry. */
export const faqCount = 10

/** Stated in the answer's description and in the default kit's template. */
export const faqAnswerTarget = '2–4 sentences'

export const faqItemSchema = z.object({
  question: text('short and natural, as people search or speak it'),
  answer: text(`${faqAnswerTarget} of plain text that answer on their own`),
})

export const faqSchema = z.object({
  faqs: list(faqItemSchema, { max: faqCount + 2, min: faqCount - 2, target: faqCount }),
})

export type FaqItem = z.infer<typeof faqItemSchema>
export type FaqOutput = z.infer<typeof faqSchema>
