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

/** Exactly the JSON Schema the LLM layer sends (src/llm/structuredFormat.ts uses the same converter). */
const sentSchema = (kind: JsonOutputKind) => zodResponseFormat(phaseSchemas[kind], kind).json_schema.schema as Schema

/** Every node of a JSON Schema with its path ($.a[].b), following properties and items. */
const schemaNodes = (node: Schema, path = '$'): { node: Schema; path: string }[] => [
  { node, path },
  ...Object.entries(node.properties ?? {}).flatMap(([key, child]) => schemaNodes(child, `${path}.${key}`)),
  ...(node.items ? schemaNodes(node.items, `${path}[]`) : []),
]

const limitNames = ['minItems', 'maxItems', 'minLength', 'maxLength', 'minimum', 'maximum'] as const

const limitKeywords = (schema: Schema): Record<string, Record<string, unknown>> =>
  Object.fromEntries(
    schemaNodes(schema).flatMap(({ node, path }) => {
      const found = Object.fromEntries(limitNames.filter((name) => name in node).map((name) => [name, node[name]]))
      return Object.keys(found).length ? [[path, found]] : []
    }),
  )

const isNonBlankOnly = (found: Record<string, unknown>) => Object.keys(found).length === 1 && found.minLength === 1

/* The SEO review's string lists may hold empty strings, as they always could. */
const stringListItems = new Set(
  ['$.keywordPlacements.found', '$.keywordPlacements.fixes', '$.eeatGaps', '$.readability.fixes', '$.headingsIssues',
    '$.duplicateRisk.differentiation', '$.freshnessSignals', '$.improvementSuggestions[].steps'].map((path) => `${path}[]`),
)

/** The limits each phase sends beyond "not blank" (minLength 1), as the model sees them. */
const expectedLimits: Record<JsonOutputKind, Record<string, Record<string, number>>> = {
  outline: {
    '$.headings': { maxItems: 15, minItems: 2 },
    '$.headings[].wordTarget': { maximum: 10000, minimum: 0 },
    '$.headings[].children': { maxItems: 8 },
    '$.headings[].children[].wordTarget': { maximum: 5000, minimum: 0 },
  },
  research: { '$.items': { maxItems: 14, minItems: 6 } },
  eeat: {
    '$.expertQuotes': { maxItems: 7, minItems: 3 },
    '$.studies': { maxItems: 5, minItems: 2 },
    '$.studies[].year': { maximum: 2100, minimum: 1900 },
    '$.personalTemplates': { maxItems: 6, minItems: 2 },
  },
  faq: { '$.faqs': { maxItems: 12, minItems: 8 } },
  meta: {
    '$.titleTag': { maxLength: 70, minLength: 20 },
    '$.metaDescription': { maxLength: 170, minLength: 70 },
    '$.ogTitle': { maxLength: 70, minLength: 1 },
    '$.ogDescription': { maxLength: 200, minLength: 1 },
  },
  internalLinks: { '$.links': { maxItems: 8 } },
  images: { '$.images': { maxItems: 8, minItems: 4 } },
  social: {
    '$.twitterThread': { maxItems: 6, minItems: 3 },
    '$.twitterThread[]': { maxLength: 280, minLength: 1 },
    '$.linkedinPost': { maxLength: 3000, minLength: 1 },
    '$.pinterestDescription': { maxLength: 500, minLength: 1 },
  },
  seoReview: {
    '$.keywordPlacements.found': { maxItems: 12 },
    '$.keywordPlacements.fixes': { maxItems: 12 },
    '$.eeatGaps': { maxItems: 12 },
    '$.readability.fixes': { maxItems: 12 },
    '$.headingsIssues': { maxItems: 12 },
    '$.duplicateRisk.differentiation': { maxItems: 12 },
    '$.freshnessSignals': { maxItems: 12 },
    '$.improvementSuggestions': { maxItems: 8, minItems: 3 },
    '$.improvementSuggestions[].priority': { maximum: 10, minimum: 1 },
    '$.improvementSuggestions[].steps': { maxItems: 12 },
  },
}

/** Deep copy of a sample with one change applied. */
const changed = <K extends JsonOutputKind>(kind: K, change: (sample: any) => void): unknown => {
  const copy = structuredClone(validSamples[kind])
  change(copy)
  return copy
}

const invalidSamples: Record<JsonOutputKind, unknown[]> = {
  outline: [
    changed('outline', (s) => (s.headings[0].level = 'H4')),
    changed('outline', (s) => (s.headings[0].wordTarget = 400.5)),
    changed('outline', (s) => (s.headings = s.headings.slice(0, 1))),
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

    it('sends its limits as JSON Schema keywords: every list bounded, every integer ranged, no blank text', () => {
      const limits = limitKeywords(sentSchema(kind))
      for (const { node, path } of schemaNodes(sentSchema(kind))) {
        if (node.type === 'array') expect({ path, maxItems: typeof node.maxItems }).toEqual({ path, maxItems: 'number' })
        if (node.type === 'integer') expect({ path, range: [typeof node.minimum, typeof node.maximum] }).toEqual({ path, range: ['number', 'number'] })
        if (node.type === 'string' && !node.enum && !stringListItems.has(path)) expect({ path, minLength: node.minLength }).toEqual({ path, minLength: expect.any(Number) })
      }
      expect(Object.fromEntries(Object.entries(limits).filter(([, found]) => !isNonBlankOnly(found)))).toEqual(expectedLimits[kind])
      const unportable = ['pattern', '$ref', 'allOf']
      expect(keywordsIn(sentSchema(kind)).filter((key) => unportable.includes(key))).toEqual([])
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

  it('name the limit and the value in validation messages, for the repair turn', () => {
    const messages = (kind: JsonOutputKind, change: (sample: any) => void) =>
      phaseSchemas[kind].safeParse(changed(kind, change)).error?.issues.map(({ message, path }) => ({ message, path }))
    expect(messages('faq', (s) => (s.faqs = s.faqs.slice(0, 3)))).toEqual([{ message: 'must have 8–12 items, got 3', path: ['faqs'] }])
    expect(messages('social', (s) => (s.pinterestDescription = 'x'.repeat(501)))).toEqual([
      { message: 'must have 1–500 characters, got 501', path: ['pinterestDescription'] },
    ])
    expect(messages('eeat', (s) => (s.studies[1].year = 1800))).toEqual([
      { message: 'must be between 1900 and 2100, got 1800', path: ['studies', 1, 'year'] },
    ])
    expect(messages('seoReview', (s) => (s.improvementSuggestions[0].priority = 1.5))).toEqual([
      { message: 'must be an integer, got 1.5', path: ['improvementSuggestions', 0, 'priority'] },
    ])
    expect(messages('faq', (s) => (s.faqs[2].answer = '  '))).toEqual([{ message: 'must not be empty', path: ['faqs', 2, 'answer'] }])
    expect(messages('faq', (s) => (s.faqs[2].answer = ''))).toEqual([{ message: 'must not be empty', path: ['faqs', 2, 'answer'] }])
  })

  it('leave the total word target to the brief: the outline does not ask the model for it', () => {
    expect(Object.keys(sentSchema('outline').properties!)).toEqual(['title', 'headings'])
    expect(describeSchemaForPrompt('outline')).not.toContain('totalWordTarget')
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
