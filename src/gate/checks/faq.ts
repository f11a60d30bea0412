import type { CheckResult, GateArticle } from '../types.js'

import { result } from './result.js'

type Pair = { answer: string; question: string }

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/** FAQ rows with both a question and an answer, as the JSON-LD builder copies them (verbatim). */
const faqPairs = (article: GateArticle): Pair[] =>
  (article.faq ?? []).flatMap((row) =>
    row && filled(row.question) && filled(row.answer) ? [{ answer: row.answer, question: row.question }] : [],
  )

/** The FAQPage's questions, or undefined when the JSON-LD has no FAQPage. */
const jsonLdPairs = (jsonLd: unknown): Pair[] | undefined => {
  const graph = asRecord(jsonLd)?.['@graph']
  const page = Array.isArray(graph)
    ? graph.map(asRecord).find((node) => node?.['@type'] === 'FAQPage')
    : undefined
  if (!page) return undefined
  const entities = Array.isArray(page.mainEntity) ? page.mainEntity : []
  return entities.map((entity) => {
    const question = asRecord(entity)
    return {
      answer: String(asRecord(question?.acceptedAnswer)?.text ?? ''),
      question: String(question?.name ?? ''),
    }
  })
}

const describeMismatch = (faq: Pair[], ld: Pair[] | undefined): string | undefined => {
  if (!faq.length)
    return ld?.length
      ? `The JSON-LD has a FAQPage with ${ld.length} questions but the FAQ is empty.`
      : undefined
  if (!ld) return `The JSON-LD has no FAQPage for the ${faq.length} FAQ questions.`
  if (ld.length !== faq.length)
    return `The JSON-LD FAQPage has ${ld.length} questions; the FAQ has ${faq.length}.`
  const index = faq.findIndex((pair, i) => pair.question !== ld[i]!.question || pair.answer !== ld[i]!.answer)
  return index < 0 ? undefined : `Question ${index + 1} of the FAQ differs from the JSON-LD FAQPage.`
}

/** The FAQ has questions, and the FAQPage in the JSON-LD lists exactly them, in order. */
export const checkFaq = (article: GateArticle): CheckResult[] => {
  const faq = faqPairs(article)
  const mismatch = describeMismatch(faq, jsonLdPairs(article.jsonLd))
  return [
    result(
      { id: 'faq-present', label: 'FAQ present', path: 'faq' },
      faq.length > 0,
      `The FAQ has ${faq.length} questions.`,
      'The FAQ is empty; add at least one question with its answer.',
    ),
    result(
      { id: 'faq-json-ld', label: 'FAQ matches JSON-LD', path: 'faq' },
      mismatch === undefined,
      'The JSON-LD FAQPage matches the FAQ.',
      `${mismatch ?? ''} Save the article to rebuild the JSON-LD.`,
    ),
  ]
}
