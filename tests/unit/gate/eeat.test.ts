import { checkEeat } from '../../../src/gate/checks/eeat.js'
import { byId, gateArticle } from './article.js'

const quote = {
  attribution: 'Jez Humble, co-author of Continuous Delivery',
  kind: 'quote',
  sourceUrl: 'https://example.com/talk',
  text: 'Ship small changes.',
  verified: true,
}
const study = {
  attribution: 'Example Research, 2024',
  kind: 'study',
  sourceUrl: 'https://example.org/report.pdf',
  text: '70% of teams deploy weekly.',
  verified: true,
}
const experience = { kind: 'experience', text: 'We cut build time by 40%.', verified: true }
const check = (eeat: unknown[]) => checkEeat(gateArticle({ eeat }))
const ids = ['eeat-quotes', 'eeat-studies', 'eeat-experience']

describe('checkEeat', () => {
  it('passes verified, complete items of every kind, and an article without any', () => {
    for (const eeat of [[quote, study, experience], []]) {
      const results = check(eeat)
      expect(results.map((r) => [r.id, r.ok, r.severity])).toEqual(ids.map((id) => [id, true, 'warning']))
    }
    expect(check([quote, study, experience])[0]!.message).toBe(
      '1 expert quote is verified, complete and shown on the page.',
    )
    expect(check([])[1]!.message).toBe('No studies.')
  })

  it('warns, never errors, with the count and the reason: "3 expert quotes not used: not verified"', () => {
    const results = check([
      { ...quote, verified: false },
      { ...quote, verified: null },
      { ...quote, verified: undefined },
      study,
    ])
    expect(results.every((r) => r.severity === 'warning')).toBe(true)
    const quotes = byId(results, 'eeat-quotes')
    expect(quotes).toMatchObject({ ok: false, path: 'eeat.0.verified' })
    expect(quotes.message).toMatch(/^3 expert quotes not used: not verified\. /)
    expect(quotes.message).toContain('#1 "Ship small changes."')
    expect(byId(results, 'eeat-studies').ok).toBe(true)
  })

  it.each([undefined, null, '', '  ', 'example.com/x', 'ftp://example.com/x', 'javascript:alert(1)'])(
    'keeps a verified quote or study whose source URL is %j off the page',
    (sourceUrl) => {
      const results = check([{ ...quote, sourceUrl }, { ...study, sourceUrl }])
      expect(byId(results, 'eeat-quotes')).toMatchObject({
        message: expect.stringMatching(/^1 expert quote not used: no source URL\. /),
        ok: false,
        path: 'eeat.0.sourceUrl',
      })
      expect(byId(results, 'eeat-studies')).toMatchObject({
        message: expect.stringMatching(/^1 study not used: no source URL\. /),
        path: 'eeat.1.sourceUrl',
      })
    },
  )

  it('counts each reason when the unused items differ: a shared reason without a count', () => {
    const message = byId(
      check([{ ...quote, verified: false }, { ...quote, sourceUrl: null, verified: false }, quote]),
      'eeat-quotes',
    ).message
    expect(message).toMatch(/^2 expert quotes not used: not verified, 1 no source URL\. /)
  })

  it('asks experience notes for verification but not for a source', () => {
    expect(byId(check([{ ...experience, verified: false }]), 'eeat-experience')).toMatchObject({
      message: expect.stringMatching(/^1 experience note not used: not verified\. /),
      ok: false,
      path: 'eeat.0.verified',
    })
    expect(byId(check([{ ...experience, sourceUrl: null }]), 'eeat-experience').ok).toBe(true)
  })

  it.each(['In [X] weeks we cut failures by [Y]%.', 'At [your company], we ...', 'We saved {{hours}} hours.'])(
    'reports an experience note still holding placeholders: %j',
    (text) => {
      expect(byId(check([{ ...experience, text }]), 'eeat-experience')).toMatchObject({
        message: expect.stringMatching(/^1 experience note not used: placeholder left\. /),
        ok: false,
        path: 'eeat.0.text',
      })
    },
  )

  it('reports a suggested quote with a "[Name]" speaker as a placeholder in its attribution', () => {
    const suggested = { ...quote, attribution: '[Name], Lead engineer at [Company]', sourceUrl: null, verified: false }
    expect(byId(check([suggested]), 'eeat-quotes')).toMatchObject({
      message: expect.stringMatching(/^1 expert quote not used: not verified, no source URL, placeholder left\. /),
      path: 'eeat.0.verified',
    })
    expect(byId(check([{ ...quote, attribution: '[Name], CTO' }]), 'eeat-quotes')).toMatchObject({
      ok: false,
      path: 'eeat.0.attribution',
    })
    expect(byId(check([{ ...quote, attribution: '' }]), 'eeat-quotes').message).toMatch(/not used: no speaker\./)
  })

  it('leaves editorial brackets inside a quote alone', () => {
    expect(byId(check([{ ...quote, text: 'They [the team] shipped daily [sic].' }]), 'eeat-quotes').ok).toBe(true)
  })
})
