import type { DefaultKitPhase } from './phase.js'

import { anchorTextTarget, linkCount, span } from '../../phases/schemas/index.js'
import { articleBrief, jsonAnswer, outlineInput } from './fragments.js'

export const internalLinksPhase: DefaultKitPhase = {
  key: 'internalLinks',
  group: 'publishing',
  title: 'Internal links',
  description: 'Links to other articles of the same topical map, with anchor text and placement.',
  outputKind: 'internalLinks',
  dependsOn: ['outline'],
  template: `You are an SEO specialist planning the internal links of the article "{{title}}".

${articleBrief}

${outlineInput}

Other articles of the topical map "{{topic}}", one per line as "title (slug)", marked [pillar] for the pillar article and [not published yet] for those still being written (link them too: each link appears on the page once its article is published):
<<<ARTICLES
{{relatedArticles}}
ARTICLES>>>

Choose ${span(...linkCount.target)} links from this list only, to the articles a reader of a given section would most want next; always include the pillar article if it is listed.
- targetSlug: the slug in parentheses, copied exactly. Never invent a slug or link to an article that is not listed.
- anchorText: ${anchorTextTarget} that fit naturally into a sentence of that section; vary the anchors and don't use "click here".
- placement: the exact text of the outline heading the link goes under.
- reason: one line on why it helps the reader there.
Link each article at most once. If fewer articles fit, return fewer links; if the list is empty or none fits, return an empty "links" array.

${jsonAnswer('internalLinks')}`,
}
