import { describe, expect, it } from '@jest/globals'

import { eeatHandler } from '../../../../src/phases/eeat.js'
import { phaseSchemas } from '../../../../src/phases/schemas/index.js'
import { validSamples } from '../phaseSamples.js'
import { fakeContext } from './context.js'

const output = {
  expertQuotes: [
    {
      quote: 'Measure first.',
      speaker: 'Ada Lovelace',
      credentials: 'Analyst at Engines Ltd',
      placement: 'Basics',
      requiresPermission: false,
      sourceUrl: ' https://example.com/ada-talk ',
    },
    {
      quote: 'Automate the boring parts.',
      speaker: '[Name]',
      credentials: 'Release manager at a SaaS company',
      placement: 'Basics',
      requiresPermission: true,
      sourceUrl: null,
    },
  ],
  studies: [
    {
      title: 'State of CI',
      publisher: 'Example Research',
      year: 2024,
      relevance: 'Shows adoption rates.',
      inlineCitation: '(Example Research, 2024)',
      url: 'https://example.com/report',
      placement: 'Adoption',
    },
  ],
  personalTemplates: [{ template: 'At [Company] we cut [metric] by [N]%.', placement: 'Results' }],
}

describe('eeat handler', () => {
  it('maps quotes, studies and templates onto eeat items', async () => {
    expect(eeatHandler).toMatchObject({ fields: ['eeat'], format: 'json', kind: 'eeat' })
    const { data, warnings } = await eeatHandler.toArticleData(output, await fakeContext())
    expect(warnings).toEqual([])
    expect(data).toEqual({
      eeat: [
        {
          kind: 'quote',
          text: 'Measure first.',
          attribution: 'Ada Lovelace, Analyst at Engines Ltd',
          placement: 'Basics',
          requiresPermission: false,
          sourceUrl: 'https://example.com/ada-talk',
          verified: false,
        },
        {
          kind: 'quote',
          text: 'Automate the boring parts.',
          attribution: '[Name], Release manager at a SaaS company',
          placement: 'Basics',
          requiresPermission: true,
          sourceUrl: null,
          verified: false,
        },
        {
          kind: 'study',
          text: 'State of CI — Shows adoption rates.',
          attribution: 'Example Research, 2024',
          sourceUrl: 'https://example.com/report',
          placement: 'Adoption',
          requiresPermission: false,
          verified: false,
        },
        { kind: 'experience', text: 'At [Company] we cut [metric] by [N]%.', placement: 'Results', requiresPermission: false, verified: false },
      ],
    })
  })

  it('reads answers stored before quotes had a source URL: the quote gets none', async () => {
    const stored = {
      ...validSamples.eeat,
      expertQuotes: validSamples.eeat.expertQuotes.map(({ sourceUrl: _new, ...quote }) => quote),
    }
    const parsed = phaseSchemas.eeat.safeParse(stored)
    if (!parsed.success) throw parsed.error
    expect(parsed.data.expertQuotes.map((q) => q.sourceUrl)).toEqual([null, null, null, null, null])
    const { data } = await eeatHandler.toArticleData(parsed.data, await fakeContext())
    expect((data.eeat as { kind: string; sourceUrl: null | string }[]).filter((i) => i.kind === 'quote').map((i) => i.sourceUrl)).toEqual(
      [null, null, null, null, null],
    )
  })

  it('never marks a suggestion verified', async () => {
    const { data } = await eeatHandler.toArticleData(validSamples.eeat, await fakeContext())
    const items = data.eeat as { verified: boolean }[]
    expect(items).toHaveLength(12)
    expect(items.every((item) => item.verified === false)).toBe(true)
  })

  it('gives later prompts pretty-printed JSON', () => {
    expect(eeatHandler.toPromptText(output)).toBe(JSON.stringify(output, null, 2))
  })
})
