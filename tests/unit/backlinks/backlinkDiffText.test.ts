import { backlinkRowsText } from '../../../src/backlinks/backlinkDiffText.js'
import { wordDiff } from '../../../src/components/wordDiff.js'

describe('backlinkRowsText', () => {
  const current = [{ anchorText: 'CI basics', article: 7, id: 'r1', placement: 'Why CI' }]
  // As PostgreSQL's jsonb keeps a proposal: keys in another order.
  const proposed = [
    { placement: 'Why CI', article: 7, anchorText: 'CI basics', id: 'r1' },
    {
      placement: 'Choosing tools',
      anchorText: 'GitHub Actions covers both',
      article: 42,
      newArticle: 'New: CI vs CD (/articles/new)',
    },
  ]

  it('writes one line per link, the new one named by its title and path', () => {
    expect(backlinkRowsText(proposed)).toBe(
      '“CI basics” → article 7, under “Why CI”\n“GitHub Actions covers both” → New: CI vs CD (/articles/new), under “Choosing tools”',
    )
    expect(backlinkRowsText(null)).toBe('')
  })

  it('gives a word diff that adds the new link and changes nothing else', () => {
    const parts = wordDiff(backlinkRowsText(current), backlinkRowsText(proposed))
    expect(parts.filter((p) => p.type === 'removed')).toEqual([])
    expect(
      parts
        .filter((p) => p.type === 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('\n“GitHub Actions covers both” → New: CI vs CD (/articles/new), under “Choosing tools”')
  })
})
