import { describe, expect, it } from '@jest/globals'
import { zodResponseFormat } from 'openai/helpers/zod'
import { z } from 'zod'

import { imageFormats, imageTypes } from '../../../src/fields/imagePlanField.js'
import { markdownKinds, outputKinds } from '../../../src/kit/outputKinds.js'
import {
  describeSchemaForPrompt,
  imageSuggestionSchema,
  isJsonOutputKind,
  type JsonOutputKind,
  jsonOutputKinds,
  markdownOutputSchema,
  type MarkdownOutputKind,
  phaseSchemas,
} from '../../../src/phases/schemas/index.js'
import { validSamples } from './phaseSamples.js'

type Schema = {
  [key: string]: unknown
  items?: Schema
  properties?: Record<string, Schema>
  required?: string[]
}

/** Every object node of a JSON Schema, with its path. */
const objectNodes = (node: Schema, path = '$'): { node: Schema; path: string }[] => [
  ...(node.properties ? [{ node, path }] : []),
  ...Object.entries(node.properties ?? {}).flatMap(([key, child]) => objectNodes(child, `${path}.${key}`)),
  ...(node.items ? objectNodes(node.items, `${path}[]`) : []),
  ...((node.anyOf as Schema[] | undefined) ?? []).flatMap((child) => objectNodes(child, path)),
]

const keywordsIn = (node: unknown): string[] =>
  node && typeof node === 'object'
    ? Object.entries(node).flatMap(([key, value]) => [key, ...keywordsIn(value)])
    : []

/** Deep copy of a sample with one change applied. */
const changed = <K extends JsonOutputKind>(kind: K, change: (sample: any) => void): unknown => {
  const copy = structuredClone(validSamples[kind])
  change(copy)
  return copy
}

const invalidSamples: Record<JsonOutputKind, unknown[]> = {
  outline: [
    changed('outline', (s) => (s.headings[0].level = 'H4')),
    changed('outline', (s) => (s.totalWordTarget = 1200.5)),
    changed('outline', (s) => (s.headings[0].children[0].level = 'H2')),
    changed('outline', (s) => delete s.headings[0].notes),
  ],
  research: [
    changed('research', (s) => (s.items[0].type = 'rumour')),
    changed('research', (s) => (s.items = s.items.slice(0, 3))),
    changed('research', (s) => delete s.items[0].citationSuggestion), // nullable, not optional
  ],
  eeat: [
    changed('eeat', (s) => (s.studies[0].year = 1800)),
    changed('eeat', (s) => (s.expertQuotes = [])),
    changed('eeat', (s) => (s.personalTemplates[0].template = '   ')),
  ],
  faq: [
    changed('faq', (s) => (s.faqs = s.faqs.slice(0, 5))),
    changed('faq', (s) => (s.faqs = [...s.faqs, ...s.faqs])),
    changed('faq', (s) => (s.faqs[0].answer = '')),
    validSamples.faq.faqs, // a bare array: the root must be an object
  ],
  meta: [
    changed('meta', (s) => (s.titleTag = 'Too short')),
    changed('meta', (s) => (s.metaDescription = 'x'.repeat(171))),
    changed('meta', (s) => (s.ogTitle = 'x'.repeat(71))),
    changed('meta', (s) => (s.ogDescription = 'x'.repeat(201))),
  ],
  internalLinks: [
    changed('internalLinks', (s) => delete s.links[0].reason),
    changed('internalLinks', (s) => (s.links[0].targetSlug = '')),
  ],
  images: [
    changed('images', (s) => (s.images[0].type = 'video')),
    changed('images', (s) => (s.images[0].format = 'gif')),
    changed('images', (s) => (s.images = s.images.slice(0, 2))),
  ],
  social: [
    changed('social', (s) => (s.twitterThread[1] = 'x'.repeat(281))),
    changed('social', (s) => (s.twitterThread = ['only one'])),
    changed('social', (s) => (s.linkedinPost = 42)),
  ],
  seoReview: [
    changed('seoReview', (s) => (s.duplicateRisk.risk = 'extreme')),
    changed('seoReview', (s) => (s.improvementSuggestions[0].priority = 1.5)),
    changed('seoReview', (s) => delete s.freshnessSignals),
  ],
}

describe('phase schemas', () => {
  it('cover exactly the output kinds that are not markdown', () => {
    const expected = outputKinds.filter((kind) => !markdownKinds.has(kind))
    expect([...jsonOutputKinds].sort()).toEqual([...expected].sort())
    for (const kind of outputKinds) expect(isJsonOutputKind(kind)).toBe(!markdownKinds.has(kind))
  })

  it('keep MarkdownOutputKind in step with markdownKinds', () => {
    const listed: Record<MarkdownOutputKind, true> = { body: true, conclusion: true, introduction: true, notes: true }
    expect(Object.keys(listed).sort()).toEqual([...markdownKinds].sort())
  })

  describe.each(jsonOutputKinds)('%s', (kind) => {
    const schema: z.ZodType = phaseSchemas[kind]

    it('accepts a valid sample', () => {
      const result = schema.safeParse(validSamples[kind])
      expect(result.error?.issues ?? []).toEqual([])
    })

    it('rejects invalid samples', () => {
      expect(invalidSamples[kind].length).toBeGreaterThan(0)
      for (const sample of invalidSamples[kind]) expect(schema.safeParse(sample).success).toBe(false)
    })

    it('converts to a strict-mode JSON Schema: object root, every property required, no extra keys', () => {
      const jsonSchema = z.toJSONSchema(schema) as Schema
      expect(jsonSchema.type).toBe('object')
      const objects = objectNodes(jsonSchema)
      expect(objects.length).toBeGreaterThan(0)
      for (const { node, path } of objects) {
        expect({ path, required: [...(node.required ?? [])].sort() }).toEqual({
          path,
          required: Object.keys(node.properties!).sort(),
        })
        expect({ path, additionalProperties: node.additionalProperties }).toEqual({ path, additionalProperties: false })
      }
    })

    it('keeps limits out of the JSON Schema, where servers reject or ignore them', () => {
      const unportable = ['minLength', 'maxLength', 'minItems', 'maxItems', 'minimum', 'maximum', 'pattern', '$ref']
      const found = keywordsIn(z.toJSONSchema(schema)).filter((key) => unportable.includes(key))
      expect(found).toEqual([])
    })

    it("is accepted by the OpenAI SDK's strict converter", () => {
      expect(() => zodResponseFormat(schema, kind)).not.toThrow()
    })

    it('is described for prompts with every key', () => {
      const description = describeSchemaForPrompt(kind)
      const keys = objectNodes(z.toJSONSchema(schema) as Schema).flatMap(({ node }) => Object.keys(node.properties!))
      for (const key of keys) expect(description).toContain(`"${key}":`)
      expect(description.startsWith('{')).toBe(true)
      expect(description).not.toMatch(/\{\{|\}\}/) // it is pasted into templates
    })
  })

  it('describes enums, nullables, integers and target counts', () => {
    const description = describeSchemaForPrompt('eeat')
    expect(description).toContain('"url": string or null,')
    expect(description).toContain('"year": integer,')
    expect(description).toMatch(/"expertQuotes": \[ {2}\/\/ 5 items/)
    expect(describeSchemaForPrompt('images')).toContain('"type": "photo" | "infographic" | "screenshot" | "diagram",')
    expect(describeSchemaForPrompt('faq')).toContain('// 10 items')
  })

  it('report counts in validation messages, for the repair turn', () => {
    const result = phaseSchemas.faq.safeParse({ faqs: validSamples.faq.faqs.slice(0, 3) })
    expect(result.error?.issues[0]?.message).toBe('must have 8–12 items, got 3')
  })

  it('use the same image enums as the article field', () => {
    expect(imageSuggestionSchema.shape.type.options).toEqual([...imageTypes])
    expect(imageSuggestionSchema.shape.format.options).toEqual([...imageFormats])
  })

  it('accept any non-blank markdown', () => {
    expect(markdownOutputSchema.safeParse('## Heading\n\nText').success).toBe(true)
    expect(markdownOutputSchema.safeParse(' \n ').success).toBe(false)
  })
})
