import type { ReviewItem } from './seoReviewItems.js'

/**
 * Which phase an SEO review item is best fixed by: a default per kind, read from the item's words
 * where the kind leaves it open. The editor can pick another phase before applying; only the
 * phases of the article's kit are offered.
 */

type Rule = { owner: string; pattern: RegExp }

/** Where in the article a sentence is about, most specific first. */
const placementRules: Rule[] = [
  {
    owner: 'introduction',
    pattern:
      /\b(intro(duction)?|first (paragraph|sentence|100 words|hundred words)|opening|lead paragraph)\b/i,
  },
  {
    owner: 'meta',
    pattern:
      /\b(meta|title tag|seo title|page title|(the )?title|description|snippet|serp|og[: ]|open graph|click-through|ctr)\b/i,
  },
  { owner: 'conclusion', pattern: /\b(conclusion|closing|final paragraph|wrap-up)\b/i },
  { owner: 'faq', pattern: /\b(faq|frequently asked|questions? section)\b/i },
]

/** What an improvement suggestion asks for, beyond where it goes. */
const topicRules: Rule[] = [
  {
    owner: 'eeat',
    pattern:
      /\b(e-?e-?a-?t|expert|quote|author|credential|first-hand|experience|case study|studies|study)\b/i,
  },
  { owner: 'internalLinks', pattern: /\b(internal link|link to|interlink|pillar)/i },
  { owner: 'images', pattern: /\b(image|alt text|diagram|screenshot|visual|infographic)/i },
  { owner: 'outline', pattern: /\boutline\b/i },
]

const firstMatch = (rules: Rule[], text: string) => rules.find((r) => r.pattern.test(text))?.owner

/** Owners for `item`, best first; the caller takes the first its kit has. */
export const ownerCandidates = (item: Pick<ReviewItem, 'kind' | 'steps' | 'text'>): string[] => {
  const text = [item.text, ...item.steps].join(' ')
  switch (item.kind) {
    case 'keywordPlacement': {
      const placed = firstMatch(placementRules.slice(0, 2), item.text)
      return [placed ?? 'body', 'body']
    }
    case 'eeatGap':
      return ['eeat', 'body']
    case 'heading':
      // The H1 and the section plan come from the outline; the headings as written, from the body.
      return /\b(outline|h1)\b/i.test(item.text) ? ['outline', 'body'] : ['body', 'outline']
    case 'improvement':
      return [firstMatch(placementRules, item.text) ?? firstMatch(topicRules, text) ?? 'body', 'body']
    default:
      // readability, duplicateRisk, freshness: the text of the article's sections.
      return ['body']
  }
}

/** The default owner among `kitPhases` (phase keys), or null when the kit has none of the candidates. */
export const defaultOwner = (
  item: Pick<ReviewItem, 'kind' | 'steps' | 'text'>,
  kitPhases: string[],
): null | string => ownerCandidates(item).find((key) => kitPhases.includes(key)) ?? null
