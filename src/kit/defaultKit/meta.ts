import type { DefaultKitPhase } from './phase.js'

import { metaTargets } from '../../phases/schemas/index.js'
import { articleBrief, jsonAnswer, outlineInput } from './fragments.js'

export const metaPhase: DefaultKitPhase = {
  key: 'meta',
  group: 'publishing',
  title: 'Meta tags',
  description: 'Title tag, meta description and Open Graph title and description.',
  outputKind: 'meta',
  dependsOn: ['outline'],
  template: `You are an SEO specialist. Write the meta tags of the article "{{title}}".

${articleBrief}

${outlineInput}

Write:
- titleTag: ${metaTargets.titleTag}, with the primary keyword near the start, compelling enough to be clicked.
- metaDescription: ${metaTargets.metaDescription}, including the primary keyword, the article's main benefit and a call to action.
- ogTitle: ${metaTargets.ogTitle}, written for social sharing.
- ogDescription: ${metaTargets.ogDescription}.
Count characters including spaces. Plain text only: no HTML tags and no JSON-LD (structured data is built from the article separately).

${jsonAnswer('meta')}`,
}
