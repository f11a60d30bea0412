import { checkEeat } from '../../../src/gate/checks/eeat.js'
import { byId, gateArticle } from './article.js'

const quote = {
  kind: 'quote',
  sourceUrl: 'https://example.com/talk',
  text: 'Ship small changes.',
  verified: true,
}
const study = {
  kind: 'study',
  sourceUrl: 'https://example.org/report.pdf',
  text: '70% of teams deploy weekly.',
  verified: true,
}
const check = (eeat: unknown[]) => checkEeat(gateArticle({ eeat }))

describe('checkEeat', () => {
  it('passes verified quotes and studies with source URLs, filled experience, and no items at all', () => {
    for (const eeat of [[quote, study, { kind: 'experience', text: 'We cut build time by 40%.' }], []]) {
      expect(check(eeat).map((r) => [r.id, r.ok])).toEqual([
        ['eeat-source-urls', true],
        ['eeat-verified', true],
        ['eeat-placeholders', true],
      ])
    }
  })

  it.each([undefined, '', '  ', 'example.com/x', 'ftp://example.com/x', 'javascript:alert(1)'])(
    'fails a quote or study whose source URL is %j',
    (sourceUrl) => {
      const result = byId(check([quote, { ...study, sourceUrl }]), 'eeat-source-urls')
      expect(result).toMatchObject({ ok: false, path: 'eeat.1.sourceUrl', severity: 'error' })
      expect(result.message).toMatch(/#2 study "70% of teams/)
    },
  )

  it.each([false, null, undefined])('fails a quote or study whose verified is %j', (verified) => {
    const result = byId(check([{ ...quote, verified }, study]), 'eeat-verified')
    expect(result).toMatchObject({ ok: false, path: 'eeat.0.verified', severity: 'error' })
    expect(result.message).toMatch(/1 quotes or studies are not marked verified/)
  })

  it('asks experience items for neither a source nor verification', () => {
    const results = check([{ kind: 'experience', text: 'In my last job we shipped daily.', verified: false }])
    expect(results.every((r) => r.ok)).toBe(true)
  })

  it.each([
    'In [X] weeks we cut failures by [Y]%.',
    'At [your company], we ...',
    'We saved {{hours}} hours.',
  ])('fails an experience template still holding placeholders: %j', (text) => {
    expect(byId(check([{ kind: 'experience', text }]), 'eeat-placeholders')).toMatchObject({
      ok: false,
      path: 'eeat.0.text',
    })
  })

  it('leaves editorial brackets inside quotes alone', () => {
    expect(byId(check([{ ...quote, text: 'They [the team] shipped daily.' }]), 'eeat-placeholders').ok).toBe(
      true,
    )
  })
})
