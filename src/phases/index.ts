import type { OutputKind } from '../kit/outputKinds.js'
import type { PhaseHandler } from './types.js'

import { bodyHandler } from './body.js'
import { conclusionHandler } from './conclusion.js'
import { eeatHandler } from './eeat.js'
import { faqHandler } from './faq.js'
import { imagesHandler } from './images.js'
import { internalLinksHandler } from './internalLinks.js'
import { introductionHandler } from './introduction.js'
import { metaHandler } from './meta.js'
import { notesHandler } from './notes.js'
import { outlineHandler } from './outline.js'
import { researchHandler } from './research.js'
import { seoReviewHandler } from './seoReview.js'
import { socialHandler } from './social.js'

export type { ArticleData, HandlerOutput, PhaseContext, PhaseHandler } from './types.js'
export { markdownToLexical } from './markdownToLexical.js'
export { outlineToText } from './outline.js'

/** How each output kind is validated, written onto the article and quoted in later prompts. */
export const phaseHandlers: Record<OutputKind, PhaseHandler> = {
  outline: outlineHandler,
  research: researchHandler,
  introduction: introductionHandler,
  body: bodyHandler,
  eeat: eeatHandler,
  faq: faqHandler,
  conclusion: conclusionHandler,
  meta: metaHandler,
  internalLinks: internalLinksHandler,
  images: imagesHandler,
  social: socialHandler,
  seoReview: seoReviewHandler,
  notes: notesHandler,
} satisfies { [K in OutputKind]: PhaseHandler<K> }

/** The handler of `kind`; kinds come from stored kits, so an unknown one is an error with the valid list. */
export const getPhaseHandler = (kind: string): PhaseHandler => {
  if (!Object.prototype.hasOwnProperty.call(phaseHandlers, kind)) {
    const known = Object.keys(phaseHandlers).join(', ')
    throw new Error(`payload-prompt-kit: no phase handler for output kind ${JSON.stringify(kind)}; expected one of ${known}`)
  }
  return phaseHandlers[kind as OutputKind]
}
