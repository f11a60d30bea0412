import type { z } from 'zod'

import type { OutputKind } from '../../kit/outputKinds.js'
import type { JsonOutputKind } from './kinds.js'

import { eeatSchema } from './eeat.js'
import { faqSchema } from './faq.js'
import { imagesSchema } from './images.js'
import { internalLinksSchema } from './internalLinks.js'
import { metaSchema } from './meta.js'
import { outlineSchema } from './outline.js'
import { researchSchema } from './research.js'
import { seoReviewSchema } from './seoReview.js'
import { socialSchema } from './social.js'

/** The schema each JSON phase output must satisfy; every root is an object, as strict json_schema requires. */
export const phaseSchemas = {
  outline: outlineSchema,
  research: researchSchema,
  eeat: eeatSchema,
  faq: faqSchema,
  meta: metaSchema,
  internalLinks: internalLinksSchema,
  images: imagesSchema,
  social: socialSchema,
  seoReview: seoReviewSchema,
} satisfies Record<JsonOutputKind, z.ZodType>

/** The validated output of a JSON phase. */
export type PhaseOutput<K extends JsonOutputKind> = z.infer<(typeof phaseSchemas)[K]>

export const jsonOutputKinds = Object.keys(phaseSchemas) as JsonOutputKind[]

export const isJsonOutputKind = (kind: OutputKind): kind is JsonOutputKind =>
  Object.prototype.hasOwnProperty.call(phaseSchemas, kind)
