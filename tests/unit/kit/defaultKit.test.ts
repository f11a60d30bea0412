import { describe, expect, it } from '@jest/globals'

import { defaultKit } from '../../../src/kit/defaultKit.js'
import { markdownKinds, outputKinds, type OutputKind } from '../../../src/kit/outputKinds.js'
import { validateKitPhases } from '../../../src/kit/validateKit.js'
import { briefVariables, extractVariables, OUTPUTS_PREFIX, renderTemplate } from '../../../src/kit/variables.js'
import { describeSchemaForPrompt, isJsonOutputKind } from '../../../src/phases/schemas/index.js'

const phase = (key: string) => defaultKit.phases.find((p) => p.key === key)!

/** Words that belong to the seed article's brief, never to a reusable kit. */
const briefSpecific =
  /python|pytest|flake8|tox\b|ci\/cd|\bci\b|\bcd\b|github|gitlab|jenkins|circleci|docker|kubernetes|poetry|setuptools|pypi|vault|\b900\b/i

describe('defaultKit', () => {
  it('is a valid kit', () => {
    expect(validateKitPhases(defaultKit.phases)).toEqual([])
    expect(defaultKit).toMatchObject({ name: 'SEO article (12 phases)', slug: 'seo-article-default' })
    expect(defaultKit.description.length).toBeGreaterThan(0)
  })

  it('has the 12 phases in order, each producing the kind named like its key', () => {
    const keys = ['outline', 'research', 'introduction', 'body', 'eeat', 'faq', 'conclusion', 'meta', 'internalLinks', 'images', 'social', 'seoReview']
    expect(defaultKit.phases.map((p) => p.key)).toEqual(keys)
    for (const p of defaultKit.phases) {
      expect(p.outputKind).toBe(p.key)
      expect(outputKinds).toContain(p.outputKind)
      expect(p.title.length).toBeGreaterThan(0)
      expect(p.description.length).toBeGreaterThan(0)
    }
  })

  it('groups phases like the seed kit', () => {
    const groups = Object.fromEntries(defaultKit.phases.map((p) => [p.key, p.group]))
    expect(groups).toEqual({
      outline: 'planning',
      research: 'planning',
      introduction: 'writing',
      body: 'writing',
      eeat: 'writing',
      faq: 'writing',
      conclusion: 'writing',
      meta: 'publishing',
      internalLinks: 'publishing',
      images: 'publishing',
      social: 'distribution',
      seoReview: 'distribution',
    })
  })

  it('depends on exactly the phases whose outputs it uses', () => {
    const deps = Object.fromEntries(defaultKit.phases.map((p) => [p.key, [...p.dependsOn].sort()]))
    expect(deps).toEqual({
      outline: [],
      research: [],
      introduction: ['outline'],
      body: ['outline', 'research'],
      eeat: ['outline'],
      faq: ['outline'],
      conclusion: ['outline'],
      meta: ['outline'],
      internalLinks: ['outline'],
      images: ['outline'],
      social: ['outline'],
      seoReview: ['body', 'conclusion', 'faq', 'introduction'],
    })
    for (const p of defaultKit.phases) {
      const used = extractVariables(p.template)
        .filter((v) => v.startsWith(OUTPUTS_PREFIX))
        .map((v) => v.slice(OUTPUTS_PREFIX.length))
      expect({ key: p.key, used: used.sort() }).toEqual({ key: p.key, used: [...p.dependsOn].sort() })
    }
  })

  it('has outline → body → seoReview as its longest chain', () => {
    const depth = new Map<string, number>()
    const depthOf = (key: string): number => {
      if (!depth.has(key)) depth.set(key, 1 + Math.max(0, ...phase(key).dependsOn.map(depthOf)))
      return depth.get(key)!
    }
    expect(Math.max(...defaultKit.phases.map((p) => depthOf(p.key)))).toBe(3)
    expect(depthOf('seoReview')).toBe(3)
    expect(depthOf('body')).toBe(2)
  })

  it('keeps everything topic-specific out of the kit', () => {
    const texts = [defaultKit.name, defaultKit.description, ...defaultKit.phases.flatMap((p) => [p.title, p.description, p.template])]
    for (const text of texts) expect(text).not.toMatch(briefSpecific)
  })

  it('uses only brief variables and leaves nothing unfilled once rendered', () => {
    const values: Record<string, string> = Object.fromEntries(Object.keys(briefVariables).map((name) => [name, `<${name}>`]))
    for (const p of defaultKit.phases) {
      for (const dep of p.dependsOn) values[`${OUTPUTS_PREFIX}${dep}`] = `<output of ${dep}>`
    }
    for (const p of defaultKit.phases) {
      const rendered = renderTemplate(p.template, values)
      expect({ key: p.key, leftover: rendered.match(/\{\{[^}]*\}\}/g) }).toEqual({ key: p.key, leftover: null })
    }
    const used = new Set(defaultKit.phases.flatMap((p) => extractVariables(p.template)))
    for (const name of Object.keys(briefVariables)) expect(used).toContain(name)
  })

  it('asks JSON phases for exactly their schema shape, and prose phases for Markdown', () => {
    for (const p of defaultKit.phases) {
      const kind: OutputKind = p.outputKind
      if (isJsonOutputKind(kind)) {
        expect(p.template).toContain('Return only JSON')
        expect(p.template).toContain(describeSchemaForPrompt(kind))
      } else {
        expect(markdownKinds.has(kind)).toBe(true)
        expect(p.template).toContain('Markdown only')
        expect(p.template).not.toContain('Return only JSON')
      }
    }
  })

  it('gives the body its Markdown rules', () => {
    const { template } = phase('body')
    expect(template).toContain('## for H2 and ### for H3')
    expect(template).toMatch(/fenced code blocks with a language tag/)
    expect(template).toMatch(/No H1/)
    expect(template).toMatch(/no raw HTML/)
  })

  it('drives lengths from the word target', () => {
    expect(phase('introduction').template).toContain('about 15% of {{wordTarget}} words')
    expect(phase('conclusion').template).toContain('about 10% of {{wordTarget}} words')
    expect(phase('outline').template).toContain('the whole article is about {{wordTarget}} words')
    expect(phase('outline').template).not.toContain('totalWordTarget')
  })

  it('ends the conclusion with the exact pillar title', () => {
    expect(phase('conclusion').template).toMatch(/End with one sentence .* exact title.*"\{\{pillar\}\}"/)
  })

  it('feeds the review the whole draft', () => {
    const { template } = phase('seoReview')
    for (const key of ['introduction', 'body', 'conclusion', 'faq']) expect(template).toContain(`{{outputs.${key}}}`)
  })

  it('does not ask the model for JSON-LD', () => {
    const { template } = phase('meta')
    expect(template).not.toMatch(/@context|FAQPage|schema\.org|<script/i)
    expect(template).toContain('no JSON-LD')
  })

  it('picks internal links from the supplied list', () => {
    expect(phase('internalLinks').template).toContain('{{relatedArticles}}')
    expect(phase('social').template).toContain('{{articleUrl}}')
  })
})
