import type { FaqRow } from './faqItems.js'

import { answerParagraphs, faqItems } from './faqItems.js'

export type ArticleFaqProps = {
  /** The article's `faq` field. */
  faq: FaqRow[] | null | undefined
  /** @default 'Frequently asked questions' */
  heading?: string
  /** `id` of the section heading, for `aria-labelledby` and in-page links. @default 'faq' */
  id?: string
}

/**
 * The FAQ section (server component): each question a native disclosure widget (`<details>` with
 * the question as an `<h3 class="ppk-faq-question">` inside its `<summary>`), keyboard and screen
 * reader accessible with no JavaScript; the answer as paragraphs. Renders exactly the rows the
 * FAQPage JSON-LD lists (see `faqItems`); nothing when there are none.
 */
export const ArticleFaq = ({ faq, heading = 'Frequently asked questions', id = 'faq' }: ArticleFaqProps) => {
  const items = faqItems(faq)
  if (!items.length) return null
  return (
    <section aria-labelledby={id} className="ppk-faq">
      <h2 id={id}>{heading}</h2>
      {items.map((item, index) => (
        <details className="ppk-faq-item" key={index}>
          <summary>
            <h3 className="ppk-faq-question">{item.question}</h3>
          </summary>
          <div className="ppk-faq-answer">
            {answerParagraphs(item.answer).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
        </details>
      ))}
    </section>
  )
}
