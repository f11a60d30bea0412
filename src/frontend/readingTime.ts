import { lexicalPlainText } from '../gate/lexicalText.js'
import { faqItems } from './faqItems.js'

/** What a reader reads: the rich-text parts and the FAQ. */
export type ReadingTimeInput = {
  body?: unknown
  conclusion?: unknown
  faq?: Array<{ answer?: null | string; question?: null | string }> | null
  introduction?: unknown
}

/** Adults read English prose at roughly 200–260 words a minute; 230 is the usual middle. */
export const WORDS_PER_MINUTE = 230

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length

/** Words of the article's prose (code blocks left out) and FAQ. */
export const articleWordCount = ({ body, conclusion, faq, introduction }: ReadingTimeInput): number =>
  [introduction, body, conclusion].reduce<number>((sum, part) => sum + countWords(lexicalPlainText(part)), 0) +
  faqItems(faq).reduce((sum, item) => sum + countWords(`${item.question} ${item.answer}`), 0)

/** Whole minutes to read the article, at least 1 (0 when there is no text at all). */
export const readingMinutes = (article: ReadingTimeInput, wordsPerMinute = WORDS_PER_MINUTE): number => {
  const words = articleWordCount(article)
  return words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute))
}
