import { articleSections, findAnchor, sectionsText } from '../../../src/backlinks/articleSections.js'
import { resolveBacklinks } from '../../../src/backlinks/options.js'
import { backlinkPhase, backlinkTargetOf, isBacklinkPhase } from '../../../src/backlinks/phase.js'
import { heading, paragraph, richText } from '../../support/publishableArticle.js'

const article = {
  body: richText(
    heading('h2', 'Choosing tools'),
    paragraph('GitHub Actions covers  both CI and CD.'),
    heading('h3', 'Costs'),
    paragraph('Free for public repositories.'),
  ),
  conclusion: richText(paragraph('Start with CI.')),
  introduction: richText(paragraph('CI vs CD, explained.')),
}

describe('articleSections', () => {
  it('splits the prose at its headings, in page order', () => {
    expect(articleSections(article)).toEqual([
      { text: 'CI vs CD, explained.' },
      { heading: 'Choosing tools', text: 'GitHub Actions covers both CI and CD.' },
      { heading: 'Costs', text: 'Free for public repositories. Start with CI.' },
    ])
    expect(sectionsText(articleSections(article))).toBe(
      'CI vs CD, explained.\n\n## Choosing tools\nGitHub Actions covers both CI and CD.\n\n## Costs\nFree for public repositories. Start with CI.',
    )
  })
})

describe('findAnchor', () => {
  const sections = articleSections(article)

  it('finds a phrase word for word and returns the text’s own spelling and its heading', () => {
    expect(findAnchor(sections, 'github actions covers both')).toEqual({
      anchorText: 'GitHub Actions covers both',
      heading: 'Choosing tools',
    })
    expect(findAnchor(sections, '“CI vs CD, explained.”')).toEqual({ anchorText: 'CI vs CD, explained' })
  })

  it('drops a phrase that is not in the text, or a heading, or one too short to be an anchor', () => {
    expect(findAnchor(sections, 'GitHub Actions handles both')).toBeUndefined()
    expect(findAnchor(sections, 'Choosing tools')).toBeUndefined()
    expect(findAnchor(sections, 'CI')).toBeUndefined()
  })
})

describe('backlink options and phases', () => {
  it('defaults to on; false turns it off; anything else is refused naming the option', () => {
    expect(resolveBacklinks(undefined)).toBe(true)
    expect(resolveBacklinks(false)).toBe(false)
    expect(() => resolveBacklinks('no')).toThrow(/`backlinks` must be true or false/)
  })

  it('names one proposal phase per new article', () => {
    expect(backlinkPhase(42)).toBe('backlink-to-42')
    expect(isBacklinkPhase('backlink-to-42')).toBe(true)
    expect(isBacklinkPhase('internalLinks')).toBe(false)
    expect(backlinkTargetOf('backlink-to-6650f0a1')).toBe('6650f0a1')
  })
})
