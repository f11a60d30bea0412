export type FaqRow = { answer?: null | string; question?: null | string }
export type FaqItem = { answer: string; question: string }

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * The FAQ rows a page shows: those with both a question and an answer, verbatim and in order —
 * the same rows `buildArticleJsonLd` puts into the FAQPage, so page and JSON-LD agree.
 */
export const faqItems = (faq: FaqRow[] | null | undefined): FaqItem[] =>
  (faq ?? []).flatMap((row) =>
    row && filled(row.question) && filled(row.answer) ? [{ answer: row.answer, question: row.question }] : [],
  )

/** An answer's paragraphs: blank lines separate them. */
export const answerParagraphs = (answer: string): string[] =>
  answer
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.trim())
    .filter(Boolean)
