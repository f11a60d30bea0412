import { describe, expect, it } from '@jest/globals'
import { z } from 'zod'

import { defaultKit } from '../../../src/kit/defaultKit.js'
import {
  describeSchemaForPrompt,
  isJsonOutputKind,
  type JsonOutputKind,
  jsonOutputKinds,
  phaseSchemas,
  tweetCount,
} from '../../../src/phases/schemas/index.js'
import { chars, list, text } from '../../../src/phases/schemas/fields.js'
import {
  describedTargets,
  outsideLimitProblems,
  parseTargets,
  showPath,
  targetEndProblems,
  templateTargetProblems,
} from './statedTargets.js'

/** Phrases in the default kit's templates that set a quota inside a list, not a field's target. */
const quotas: Partial<Record<JsonOutputKind, string[]>> = {
  research: ['2–3 statistics', '2–3 recognised experts', '2 current trends'],
  seoReview: ['100 words'], // "the first 100 words": where the keyword should appear
  social: [`${tweetCount - 1} follow-ups`],
}

describe('stated targets (issue 17)', () => {
  it('are read from text: counts, ranges, at-most limits and their units', () => {
    expect(parseTargets('List 8–12 specific items; at most 500 characters (about 60–70 words), 1–2 sentences, priority 1 = top, H2, 75% of it')).toEqual([
      { high: 12, low: 8, phrase: '8–12 specific items', unit: 'items' },
      { high: 500, low: 1, phrase: 'at most 500 characters', unit: 'characters' },
      { high: 70, low: 60, phrase: '60–70 words', unit: 'words' },
      { high: 2, low: 1, phrase: '1–2 sentences', unit: 'prose' },
    ])
  })

  it('catch a description that asks for more than validation allows, and a limit that fails its own target', () => {
    const oldPinterest = z.object({ pinterestDescription: chars(1, 500, '80–100 words') })
    expect(targetEndProblems(oldPinterest)).toEqual([
      '$.pinterestDescription: "80–100 words" at 100 words of 7 characters: $.pinterestDescription: must have 1–500 characters, got 700',
    ])
    const tooFewAllowed = z.object({ faqs: list(text(), { max: 9, min: 8, target: 10 }) })
    expect(targetEndProblems(tooFewAllowed)).toEqual(['$.faqs: "10 items" at 10 items: $.faqs: must have 8–9 items, got 10'])
  })

  it('catch a template that states a target its schema does not describe', () => {
    const schema = z.object({ linkedinPost: chars(1, 3000, '150–200 words') })
    expect(templateTargetProblems('B. A LinkedIn post of 120–150 words.', '', schema, [])).toEqual([
      '"120–150 words" (words 120–150) is stated by no description of the schema',
    ])
  })

  describe.each(jsonOutputKinds)('%s', (kind) => {
    const schema = phaseSchemas[kind]

    it('validates answers at both ends of every target its descriptions state', () => {
      expect(describedTargets(schema).length).toBeGreaterThan(0)
      expect(targetEndProblems(schema)).toEqual([])
    })

    it('rejects answers just outside each hard limit, naming the field, the limit and the value', () => {
      const { checked, problems } = outsideLimitProblems(schema)
      expect(checked).toBeGreaterThan(0)
      expect(problems).toEqual([])
    })
  })

  describe.each(defaultKit.phases.filter((phase) => isJsonOutputKind(phase.outputKind)))('the default kit\'s $key template', (phase) => {
    const kind = phase.outputKind as JsonOutputKind

    it('states only targets its schema describes, so the two cannot disagree', () => {
      const block = describeSchemaForPrompt(kind)
      expect(phase.template).toContain(block)
      expect(parseTargets(phase.template.replace(block, '')).length).toBeGreaterThan(0)
      expect(templateTargetProblems(phase.template, block, phaseSchemas[kind], quotas[kind] ?? [])).toEqual([])
    })
  })

  it('asks for platform limits in the unit validation counts', () => {
    const stated = (kind: JsonOutputKind) =>
      Object.fromEntries(describedTargets(phaseSchemas[kind]).map(({ path, target }) => [`${showPath(path)} ${target.unit}`, target.phrase]))
    expect(stated('social')).toMatchObject({
      '$.pinterestDescription characters': 'at most 500 characters',
      '$.twitterThread[] characters': 'at most 280 characters',
      '$.linkedinPost characters': 'at most 3000 characters',
    })
    expect(stated('meta')).toMatchObject({
      '$.titleTag characters': '55–60 characters',
      '$.metaDescription characters': '148–155 characters',
      '$.ogTitle characters': 'at most 70 characters',
      '$.ogDescription characters': 'at most 200 characters',
    })
  })
})
