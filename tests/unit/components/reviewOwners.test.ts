import type { ReviewItem } from '../../../src/components/seoReviewItems.js'

import { defaultOwner, ownerCandidates } from '../../../src/components/reviewOwners.js'

const defaultKitPhases = [
  'outline',
  'research',
  'introduction',
  'body',
  'eeat',
  'faq',
  'conclusion',
  'meta',
  'internalLinks',
  'images',
  'social',
  'seoReview',
]

const of = (kind: ReviewItem['kind'], text: string, steps: string[] = []) => ({ kind, steps, text })

describe('defaultOwner, with the default kit', () => {
  it.each([
    ['keywordPlacement', 'Add the primary keyword to the meta description', 'meta'],
    ['keywordPlacement', 'Put the keyword at the start of the title tag', 'meta'],
    ['keywordPlacement', 'Use the exact keyword in the first 100 words', 'introduction'],
    ['keywordPlacement', 'Mention it in the introduction’s opening sentence', 'introduction'],
    ['keywordPlacement', 'Add it to one H2', 'body'],
    ['eeatGap', 'No author bio', 'eeat'],
    ['readability', 'Split long sentences in section 2', 'body'],
    ['duplicateRisk', 'Add a worked example', 'body'],
    ['freshness', 'Add the last-updated date', 'body'],
    ['heading', 'H3 used directly under the H1', 'outline'],
    ['heading', 'The outline skips a level in section 3', 'outline'],
    ['heading', 'Two H2s have the same wording', 'body'],
    ['improvement', 'Rewrite the meta description to mention the benefit', 'meta'],
    ['improvement', 'Add an FAQ question about pricing', 'faq'],
    ['improvement', 'End the conclusion with a call to action', 'conclusion'],
    ['improvement', 'Quote an expert on deployment frequency', 'eeat'],
    ['improvement', 'Add internal links to the pillar guide', 'internalLinks'],
    ['improvement', 'Add a diagram of the pipeline', 'images'],
    ['improvement', 'Add a comparison table of CI services', 'body'],
  ] as const)('%s “%s” → %s', (kind, text, owner) => {
    expect(defaultOwner(of(kind, text), defaultKitPhases)).toBe(owner)
  })

  it('reads an improvement’s steps when its text names no place', () => {
    expect(
      defaultOwner(of('improvement', 'Build more trust', ['Cite a recent study']), defaultKitPhases),
    ).toBe('eeat')
  })
})

describe('defaultOwner, with a smaller kit', () => {
  it('falls back to the next candidate the kit has', () => {
    expect(defaultOwner(of('eeatGap', 'No author bio'), ['outline', 'body', 'seoReview'])).toBe('body')
    expect(defaultOwner(of('keywordPlacement', 'Add it to the meta description'), ['body'])).toBe('body')
    expect(defaultOwner(of('heading', 'Two H2s have the same wording'), ['outline', 'seoReview'])).toBe(
      'outline',
    )
  })

  it('is null when the kit has none of the candidates, so the editor must choose', () => {
    expect(defaultOwner(of('readability', 'Shorter sentences'), ['outline', 'seoReview'])).toBeNull()
  })
})

describe('ownerCandidates', () => {
  it('always ends with a phase that writes article text', () => {
    for (const kind of [
      'keywordPlacement',
      'eeatGap',
      'readability',
      'heading',
      'duplicateRisk',
      'freshness',
      'improvement',
    ] as const) {
      expect(ownerCandidates(of(kind, 'Anything'))).toContain('body')
    }
  })
})
