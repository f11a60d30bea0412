import { answerParagraphs, faqItems } from '../../../src/frontend/faqItems.js'
import { publishedInternalLinks } from '../../../src/frontend/internalLinks.js'
import { headingTexts, placementKey, placeUnderHeadings } from '../../../src/frontend/placement.js'
import { safeHref } from '../../../src/frontend/safeHref.js'
import { heading, paragraph, richText } from '../../support/publishableArticle.js'

describe('safeHref', () => {
  it.each([
    ['https://example.com/x?y=1', 'https://example.com/x?y=1'],
    ['HTTP://EXAMPLE.COM', 'HTTP://EXAMPLE.COM'],
    ['mailto:a@b.c', 'mailto:a@b.c'],
    ['/articles/x', '/articles/x'],
    ['#faq', '#faq'],
    ['other-page', 'other-page'],
  ])('keeps %s', (input, output) => expect(safeHref(input)).toBe(output))

  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\nscript:alert(1)', '\u0000javascript:x', 'data:text/html,<b>', 'vbscript:x', '', 42, null])(
    'refuses %p',
    (input) => expect(safeHref(input)).toBeUndefined(),
  )
})

describe('faqItems', () => {
  it('keeps complete rows verbatim and in order', () => {
    expect(faqItems([{ answer: 'A', question: 'Q?' }, { answer: ' ', question: 'X' }, { question: 'Y' }, { answer: 'B', question: ' Q2 ' }])).toEqual([
      { answer: 'A', question: 'Q?' },
      { answer: 'B', question: ' Q2 ' },
    ])
    expect(faqItems(undefined)).toEqual([])
  })

  it('splits answers into paragraphs at blank lines', () => {
    expect(answerParagraphs('One\nline.\n\n  Two. \r\n\r\nThree')).toEqual(['One\nline.', 'Two.', 'Three'])
  })
})

describe('publishedInternalLinks', () => {
  it('keeps links to populated, published articles only', () => {
    expect(
      publishedInternalLinks([
        { anchorText: 'Pipelines', article: { _status: 'published', slug: 'pipelines' }, placement: 'Tools' },
        { anchorText: 'Draft', article: { _status: 'draft', slug: 'draft' } },
        { anchorText: 'Unpopulated', article: 7 },
        { anchorText: ' ', article: { _status: 'published', slug: 'empty-anchor' } },
        { anchorText: 'No status', article: { slug: 'host-collection' } },
      ]),
    ).toEqual([
      { anchorText: 'Pipelines', href: '/articles/pipelines', placement: 'Tools' },
      { anchorText: 'No status', href: '/articles/host-collection' },
    ])
  })
})

describe('placement', () => {
  it('normalises headings and placements alike', () => {
    expect(placementKey('## Choosing   Tools ')).toBe('choosing tools')
  })

  it('collects heading texts across parts and sorts items under them', () => {
    const headings = headingTexts(richText(heading('h2', 'Intro')), richText(paragraph('x'), heading('h3', 'Choosing tools')), null)
    expect(headings).toEqual(['Intro', 'Choosing tools'])
    const items = [
      { id: 1, placement: '## Choosing tools' },
      { id: 2, placement: 'Nowhere' },
      { id: 3, placement: null },
      { id: 4, placement: 'intro' },
    ]
    const { byHeading, rest } = placeUnderHeadings(items, (item) => item.placement, headings)
    expect([...byHeading.entries()]).toEqual([
      ['choosing tools', [items[0]]],
      ['intro', [items[3]]],
    ])
    expect(rest).toEqual([items[1], items[2]])
  })
})
