import {
  citationInput,
  readOutline,
  readResearch,
  researchTypes,
  setAt,
  wordTargetInput,
} from '../../../src/components/generatedJsonShapes.js'
import { researchItemTypes } from '../../../src/phases/schemas/research.js'
import { validSamples } from '../../unit/phases/phaseSamples.js'

describe('setAt', () => {
  const outline = {
    headings: [{ children: [{ text: 'Key terms', wordTarget: 150 }], text: 'What it is' }],
    title: 'T',
  }

  it('replaces one nested value and leaves the rest as it was', () => {
    const next = setAt(outline, ['headings', 0, 'children', 0, 'wordTarget'], 300) as typeof outline
    expect(next).toEqual({
      headings: [{ children: [{ text: 'Key terms', wordTarget: 300 }], text: 'What it is' }],
      title: 'T',
    })
    expect(outline.headings[0]!.children[0]!.wordTarget).toBe(150)
    expect(next.headings[0]!.children).not.toBe(outline.headings[0]!.children)
  })

  it('creates what is missing on the way', () => {
    expect(setAt(null, ['items', 1, 'name'], 'x')).toEqual({ items: [undefined, { name: 'x' }] })
  })
})

describe('readOutline', () => {
  it('reads the stored outline with its levels, targets and notes', () => {
    const state = readOutline({ ...validSamples.outline, totalWordTarget: 1200 })
    expect(state).toEqual({
      kind: 'readable',
      value: {
        headings: [
          {
            children: [
              {
                children: [],
                level: 'H3',
                notes: 'Three terms with one-line definitions.',
                text: 'Key terms',
                wordTarget: 150,
              },
            ],
            level: 'H2',
            notes: 'Define the core concept; transition to how it works.',
            text: 'What the topic is',
            wordTarget: 400,
          },
          {
            children: [],
            level: 'H2',
            notes: 'Five actionable bullets.',
            text: 'Quick checklist',
            wordTarget: 200,
          },
        ],
        title: 'Topic basics: what beginners need to know',
        totalWordTarget: 1200,
      },
    })
  })

  it('tells empty from unreadable', () => {
    expect(readOutline(null).kind).toBe('empty')
    expect(readOutline(undefined).kind).toBe('empty')
    expect(readOutline({ title: 'no headings' }).kind).toBe('unreadable')
    expect(readOutline('text').kind).toBe('unreadable')
  })
})

describe('readResearch', () => {
  it('reads type, why and citation; null citations read as empty text', () => {
    const state = readResearch(validSamples.research)
    if (state.kind !== 'readable') throw new Error(`expected readable, got ${state.kind}`)
    expect(state.value.slice(0, 2)).toEqual([
      {
        citationSuggestion: '',
        name: 'Item 1',
        needsCitation: false,
        type: 'tool',
        whyInclude: 'Grounds the comparison section in a concrete example.',
      },
      {
        citationSuggestion: 'Annual industry report',
        name: 'Item 2',
        needsCitation: true,
        type: 'statistic',
        whyInclude: 'Grounds the comparison section in a concrete example.',
      },
    ])
  })

  it('shows an unknown type as other, and a value without items as unreadable', () => {
    const state = readResearch({ items: [{ name: 'X', type: 'podcast' }] })
    expect(state.kind === 'readable' && state.value[0]!.type).toBe('other')
    expect(readResearch({ list: [] }).kind).toBe('unreadable')
  })

  it('offers exactly the schema’s types', () => {
    expect([...researchTypes]).toEqual([...researchItemTypes])
  })
})

describe('inputs', () => {
  it('turns typed word targets into whole numbers of at least 0', () => {
    expect(wordTargetInput('250')).toBe(250)
    expect(wordTargetInput('12.6')).toBe(13)
    expect(wordTargetInput('')).toBe(0)
    expect(wordTargetInput('-5')).toBe(0)
    expect(wordTargetInput('abc')).toBe(0)
  })

  it('stores an empty citation suggestion as null', () => {
    expect(citationInput('  ')).toBeNull()
    expect(citationInput('DORA 2024')).toBe('DORA 2024')
  })
})
