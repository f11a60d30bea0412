import type { DefaultKit } from './defaultKit/phase.js'

import { bodyPhase } from './defaultKit/body.js'
import { conclusionPhase } from './defaultKit/conclusion.js'
import { eeatPhase } from './defaultKit/eeat.js'
import { faqPhase } from './defaultKit/faq.js'
import { imagesPhase } from './defaultKit/images.js'
import { internalLinksPhase } from './defaultKit/internalLinks.js'
import { introductionPhase } from './defaultKit/introduction.js'
import { metaPhase } from './defaultKit/meta.js'
import { outlinePhase } from './defaultKit/outline.js'
import { researchPhase } from './defaultKit/research.js'
import { seoReviewPhase } from './defaultKit/seoReview.js'
import { socialPhase } from './defaultKit/social.js'

export type { DefaultKit, DefaultKitPhase } from './defaultKit/phase.js'

/**
 * The built-in kit: one SEO article in 12 phases, generalised from a real prompt kit. Phases run as a
 * DAG (outline → body → seoReview is the longest chain); everything topic-specific comes from the brief.
 */
export const defaultKit: DefaultKit = {
  name: 'SEO article (12 phases)',
  slug: 'seo-article-default',
  description:
    'Plans, writes and packages one SEO article from its brief: outline and research, introduction, body, ' +
    'E-E-A-T signals, FAQ and conclusion, meta tags, internal links and images, social posts and a final SEO review.',
  phases: [
    outlinePhase,
    researchPhase,
    introductionPhase,
    bodyPhase,
    eeatPhase,
    faqPhase,
    conclusionPhase,
    metaPhase,
    internalLinksPhase,
    imagesPhase,
    socialPhase,
    seoReviewPhase,
  ],
}
