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
 * The FAQ section (server component): each question an `<h3 class="faq-question">`, its answer as
 * paragraphs. Renders exactly the rows the FAQPage JSON-LD lists (see `faqItems`); nothing when
 * there are none.
 */
export const ArticleFaq = ({ faq, heading = 'Frequently asked questions', id = 'faq' }: ArticleFaqProps) => {
  const items = faqItems(faq)
  if (!items.length) return null
  return (
    <section aria-labelledby={id} className="faq">
      <h2 id={id}>{heading}</h2>
      {items.map((item, index) => (
        <div className="faq-item" key={index}>
          <h3 className="faq-question">{item.question}</h3>
          {answerParagraphs(item.answer).map((paragraph, i) => (
            <p className="faq-answer" key={i}>
              {paragraph}
            </p>
          ))}
        </div>
      ))}
    </section>
  )
}
