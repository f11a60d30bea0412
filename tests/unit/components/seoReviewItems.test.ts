import {
  dismissedKeysOf,
  feedbackLine,
  groupReviewItems,
  reviewItemKey,
  reviewItemsOf,
  reviewSummaryOf,
  withDismissal,
} from '../../../src/components/seoReviewItems.js'
import { validSamples } from '../../unit/phases/phaseSamples.js'

const review = {
  ...validSamples.seoReview,
  headingsIssues: ['Two H1s: demote the second to H2'],
  improvementSuggestions: [
    { priority: 3, suggestion: 'Add a comparison table', steps: ['List both tools', 'Compare price'] },
    { priority: 1, suggestion: 'Rewrite the meta description', steps: [] },
    { priority: 2, suggestion: 'Cite the 2024 DORA report', steps: ['Link the PDF'] },
  ],
}

describe('reviewItemKey', () => {
  it('is the same for the same kind and text, whatever the case and spacing', () => {
    expect(reviewItemKey('readability', 'Split long  sentences ')).toBe(
      reviewItemKey('readability', 'split long sentences'),
    )
    expect(reviewItemKey('readability', 'Split long sentences')).toMatch(/^readability:[0-9a-z]+$/)
  })

  it('differs between kinds and between texts', () => {
    expect(reviewItemKey('readability', 'Add a date')).not.toBe(reviewItemKey('freshness', 'Add a date'))
    expect(reviewItemKey('freshness', 'Add a date')).not.toBe(reviewItemKey('freshness', 'Add the date'))
  })
})

describe('reviewItemsOf', () => {
  it('flattens every actionable list, suggestions by priority, with their steps', () => {
    const items = reviewItemsOf(review)
    expect(items.map((i) => [i.kind, i.text])).toEqual([
      ['keywordPlacement', 'Add it to one H2'],
      ['eeatGap', 'No author bio'],
      ['readability', 'Split long sentences in section 2'],
      ['heading', 'Two H1s: demote the second to H2'],
      ['duplicateRisk', 'Add a worked example'],
      ['freshness', 'Add the last-updated date'],
      ['improvement', 'Rewrite the meta description'],
      ['improvement', 'Cite the 2024 DORA report'],
      ['improvement', 'Add a comparison table'],
    ])
    expect(items.at(-1)).toMatchObject({ priority: 3, steps: ['List both tools', 'Compare price'] })
  })

  it('reads a hand-edited value leniently: blanks, wrong types and repeats are left out', () => {
    const items = reviewItemsOf({
      eeatGaps: ['No author bio', '  ', 42, 'no author bio'],
      freshnessSignals: 'not a list',
      improvementSuggestions: [
        { suggestion: '' },
        { priority: 'high', suggestion: 'Shorten the intro' },
        null,
      ],
      readability: null,
    })
    expect(items.map((i) => [i.kind, i.text, i.priority])).toEqual([
      ['eeatGap', 'No author bio', null],
      ['improvement', 'Shorten the intro', null],
    ])
    expect(reviewItemsOf(null)).toEqual([])
    expect(reviewItemsOf('{"eeatGaps":["x"]}')).toEqual([])
  })
})

describe('groupReviewItems', () => {
  it('groups by kind in checklist order and leaves out empty kinds', () => {
    const groups = groupReviewItems(reviewItemsOf({ ...review, eeatGaps: [], freshnessSignals: [] }))
    expect(groups.map((g) => [g.kind, g.items.length])).toEqual([
      ['keywordPlacement', 1],
      ['readability', 1],
      ['heading', 1],
      ['duplicateRisk', 1],
      ['improvement', 3],
    ])
  })
})

describe('reviewSummaryOf', () => {
  it('reads where the keyword is, the reading grade and the duplicate risk', () => {
    expect(reviewSummaryOf(review)).toEqual({
      duplicateRisk: 'medium',
      keywordFound: ['title', 'first paragraph'],
      readingGrade: 9.5,
    })
  })

  it('says nothing it cannot read', () => {
    expect(reviewSummaryOf({ duplicateRisk: { risk: 'huge' }, readability: { gradeLevel: null } })).toEqual({
      duplicateRisk: null,
      keywordFound: [],
      readingGrade: null,
    })
  })
})

describe('feedbackLine', () => {
  it('is the item text, with a suggestion’s steps', () => {
    const [placement] = reviewItemsOf(review)
    const table = reviewItemsOf(review).find((i) => i.text === 'Add a comparison table')!
    expect(feedbackLine(placement!)).toBe('Add it to one H2')
    expect(feedbackLine(table)).toBe('Add a comparison table (steps: List both tools; Compare price)')
  })
})

describe('dismissals', () => {
  const items = reviewItemsOf(review)
  const [first, second, third] = items.map((i) => i.key)

  it('reads only string keys', () => {
    expect(dismissedKeysOf(['a', 1, null, 'b'])).toEqual(['a', 'b'])
    expect(dismissedKeysOf({ a: 1 })).toEqual([])
  })

  it('adds and removes a key, in checklist order', () => {
    const dismissed = withDismissal([third!], first!, true, items)
    expect(dismissed).toEqual([first, third])
    expect(withDismissal(dismissed, third!, false, items)).toEqual([first])
  })

  it('drops keys of items the review no longer has', () => {
    expect(withDismissal(['readability:gone', first!], second!, true, items)).toEqual([first, second])
  })
})
