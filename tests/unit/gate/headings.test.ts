import { checkHeadingLevels, checkSingleH1 } from '../../../src/gate/checks/headings.js'
import { heading, paragraph, richText } from '../../support/publishableArticle.js'
import { gateArticle } from './article.js'

describe('checkSingleH1', () => {
  it('passes when the title is the only H1', () => {
    expect(checkSingleH1(gateArticle())).toEqual([expect.objectContaining({ id: 'single-h1', ok: true })])
  })

  it('fails for an H1 inside the text, naming it and its part', () => {
    const [result] = checkSingleH1(
      gateArticle({ conclusion: richText(heading('h1', 'Wrap up'), paragraph('Bye.')) }),
    )
    expect(result).toMatchObject({ id: 'single-h1', ok: false, path: 'conclusion', severity: 'error' })
    expect(result!.message).toMatch(/"Wrap up" in conclusion/)
  })

  it('fails without a title', () => {
    expect(checkSingleH1(gateArticle({ title: '  ' }))[0]).toMatchObject({ ok: false, path: 'title' })
  })
})

describe('checkHeadingLevels', () => {
  const levels = (...parts: Array<Array<'h1' | 'h2' | 'h3' | 'h4'>>) =>
    checkHeadingLevels(
      gateArticle({
        body: richText(...(parts[1] ?? []).map((tag) => heading(tag, `B ${tag}`))),
        conclusion: richText(...(parts[2] ?? []).map((tag) => heading(tag, `C ${tag}`))),
        introduction: richText(...(parts[0] ?? []).map((tag) => heading(tag, `I ${tag}`))),
      }),
    )[0]!

  it.each([
    [[], [], []],
    [[], ['h2', 'h3', 'h4', 'h2', 'h3'], []],
    [['h2'], ['h3'], ['h2']],
    [[], ['h2', 'h3', 'h4'], ['h2']],
  ] as const)('passes %j %j %j', (i, b, c) => {
    expect(levels([...i], [...b], [...c])).toMatchObject({ id: 'heading-levels', ok: true })
  })

  it('fails an H3 right after the title', () => {
    const result = levels([], ['h3'])
    expect(result).toMatchObject({ ok: false, path: 'body', severity: 'error' })
    expect(result.message).toMatch(/H1→H3 at "B h3" in body/)
  })

  it('fails H2→H4, across parts too, listing every skip', () => {
    const result = levels(['h2'], ['h4', 'h2'], ['h4'])
    expect(result.ok).toBe(false)
    expect(result.path).toBe('body')
    expect(result.message).toMatch(/H2→H4 at "B h4" in body; H2→H4 at "C h4" in conclusion/)
  })
})
