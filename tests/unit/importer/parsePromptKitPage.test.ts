import { readFileSync } from 'node:fs'

import type { ParsedPromptKitPage } from '../../../src/importer/parsePromptKitPage.js'

import { parsePromptKitPage } from '../../../src/importer/parsePromptKitPage.js'

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')
// A copy of the real page in /work/shared/seeds, so the test does not depend on the machine.
const seed = fixture('ci-vs-cd-prompt-kit.txt')

const parsed = (text: string): ParsedPromptKitPage => {
  const result = parsePromptKitPage(text)
  if (!result.ok) throw new Error(`expected the page to parse; missing: ${result.missing.join(', ')}`)
  return result.page
}

describe('parsePromptKitPage: the seed page', () => {
  const page = parsed(seed)

  it('reads the header: intent, word target, map and content group', () => {
    expect(page.searchIntent).toBe('informational')
    expect(page.wordTarget).toBe(900)
    expect(page.topicalMap).toBe('CI/CD for Python Projects')
    expect(page.contentGroup).toBe('Foundations & Concepts')
  })

  it('reads the Article Brief block', () => {
    expect(page.title).toBe('CI vs CD: What Python developers need to know')
    expect(page.primaryKeyword).toBe('ci vs cd python')
    expect(page.tone).toBe('authoritative, conversational, evidence-based')
    expect(page.audience).toMatch(/^Intermediate Python developers and engineering leads .* scale CI\/CD$/)
    expect(page.angle).toMatch(/^Decision-focused guide .* generic CI\/CD theory$/)
    expect(page.secondaryKeywords).toHaveLength(11)
    expect(page.secondaryKeywords[0]).toBe('CI vs CD')
    expect(page.secondaryKeywords[10]).toBe('monorepo CI/CD strategies')
  })

  it('reads the pillar title from the conclusion prompt', () => {
    expect(page.pillarTitle).toBe('Complete Guide to CI/CD for Python Projects')
  })

  it('keeps the four overview paragraphs and nothing of "How to use"', () => {
    const paragraphs = page.overview.split('\n\n')
    expect(paragraphs).toHaveLength(4)
    expect(paragraphs[0]).toMatch(/^CI vs CD: What Python developers need to know is that/)
    expect(paragraphs[3]).toMatch(/step-by-step framework\.$/)
    expect(page.overview).not.toMatch(/prompt kit|Copy Prompt/)
  })

  it('reads Common Mistakes and Pro Tips as lists without their bullets', () => {
    expect(page.commonMistakes).toHaveLength(5)
    expect(page.proTips).toHaveLength(8)
    expect(page.commonMistakes[0]).toMatch(/^Confusing CI and CD as interchangeable/)
    expect(page.proTips[7]).toMatch(/^Measure ROI: .*dashboard\.$/)
    expect([...page.commonMistakes, ...page.proTips].every((item) => !/^[•\s]/.test(item))).toBe(true)
  })
})

describe('parsePromptKitPage: variants', () => {
  it('reads the seed the same with CRLF, tabs, extra blank lines and other bullets', () => {
    const messy = seed
      .split('\n')
      .map((line, i) => (i % 2 ? `\t${line.replace('  • ', '- ')}   ` : `${line}\u00a0`))
      .join('\r\n\r\n')
    expect(parsed(messy)).toEqual(parsed(seed))
  })

  it('reads a CRLF page with tabs, trailing spaces and mixed bullets', () => {
    const page = parsed(fixture('crlf-whitespace-prompt-kit.txt'))
    expect(page).toEqual({
      angle: 'A checklist to run in the shop or on the listing page, with red flags and fair prices per model',
      audience: 'Students and freelancers buying their first business laptop on a budget',
      commonMistakes: ["Trusting the seller's grade without photos.", 'Forgetting to ask about the charger.'],
      contentGroup: 'Buying Guides',
      overview:
        'Refurbished ThinkPads are cheap, sturdy and easy to repair, but grades and warranties vary a lot between sellers.' +
        '\n\nCheck the battery health report and the keyboard before anything else.',
      pillarTitle: "Refurbished Laptops: The Complete Buyer's Guide",
      primaryKeyword: 'buy refurbished thinkpad',
      proTips: ['Ask for a battery report screenshot.'],
      searchIntent: 'transactional',
      secondaryKeywords: ['refurbished thinkpad t480', 'thinkpad battery health', 'grade a refurbished laptop'],
      title: 'Buy a refurbished ThinkPad: what to check before you pay',
      tone: 'practical, direct',
      topicalMap: 'Refurbished Laptops',
      wordTarget: 1200,
    })
  })

  it('reads a page of another topic with "-" and "*" bullets and curly quotes', () => {
    const page = parsed(fixture('sourdough-prompt-kit.txt'))
    expect(page).toMatchObject({
      contentGroup: 'Equipment & Tools',
      pillarTitle: 'The Home Sourdough Baking Handbook',
      primaryKeyword: 'best dutch oven for sourdough',
      searchIntent: 'commercial',
      title: 'Best Dutch Ovens for Sourdough Bread in 2026',
      tone: 'friendly, hands-on, honest',
      topicalMap: 'Home Sourdough Baking',
      wordTarget: 1500,
    })
    expect(page.audience).toMatch(/^Home bakers/)
    expect(page.angle).toMatch(/^Tested buying guide/)
    expect(page.secondaryKeywords).toEqual([
      'best dutch oven for bread',
      'cast iron vs enamel dutch oven',
      'combo cooker sourdough',
      'dutch oven size for 1kg loaf',
    ])
    expect(page.overview.split('\n\n')).toHaveLength(2)
    // A wrapped bullet continues on the next line.
    expect(page.commonMistakes).toEqual([
      'Recommending a pot without saying whether its knob survives 250 °C.',
      'Ignoring the weight of cast iron for bakers who lift it out of a hot oven twice a day.',
      'Skipping the combo cooker, which is easier to load than a deep pot.',
    ])
    expect(page.proTips).toHaveLength(2)
  })

  it('accepts a page without Common Mistakes, Pro Tips or a pillar link', () => {
    const page = parsed(fixture('no-tips-prompt-kit.txt'))
    expect(page.commonMistakes).toEqual([])
    expect(page.proTips).toEqual([])
    expect(page.pillarTitle).toBeNull()
    expect(page.searchIntent).toBe('navigational')
    expect(page.wordTarget).toBe(600)
    expect(page.secondaryKeywords).toEqual(['kubernetes changelog', 'k8s release notes'])
    expect(page.angle).toMatch(/^A map of every official place/)
  })

  it('keeps every value in its field when one brief line (the tone) is missing', () => {
    const page = parsed(seed.replace('authoritative, conversational, evidence-based\n\n', ''))
    expect(page.tone).toBe('')
    expect(page.contentGroup).toBe('Foundations & Concepts')
    expect(page.audience).toMatch(/^Intermediate Python developers/)
    expect(page.angle).toMatch(/^Decision-focused guide/)
  })

  it('reads labelled brief lines in any order and comma-separated secondary keywords', () => {
    const page = parsed(
      [
        'How to pick a standing desk',
        '',
        'Commercial article in the Home Office topical map - Furniture content group.',
        'Article Brief',
        'Tone: warm, practical',
        'Primary keyword: standing desk buying guide',
        'Audience: People who work from home',
        'Secondary keywords: desk height, motorised desk , ',
      ].join('\n'),
    )
    expect(page).toMatchObject({
      audience: 'People who work from home',
      contentGroup: 'Furniture',
      primaryKeyword: 'standing desk buying guide',
      searchIntent: 'commercial',
      secondaryKeywords: ['desk height', 'motorised desk'],
      title: 'How to pick a standing desk',
      tone: 'warm, practical',
      topicalMap: 'Home Office',
      wordTarget: null,
    })
  })

  it('takes the topical map from the back link when the map sentence is missing', () => {
    const page = parsed(seed.replace(/^Informational article in the .*$/m, ''))
    expect(page.topicalMap).toBe('CI/CD for Python Projects')
    expect(page.contentGroup).toBe('Foundations & Concepts')
  })
})

describe('parsePromptKitPage: failures name what is missing', () => {
  it('fails without an Article Brief, naming the primary keyword', () => {
    expect(parsePromptKitPage(fixture('no-brief-prompt-kit.txt'))).toEqual({ missing: ['primary keyword'], ok: false })
  })

  it('fails on an empty string, naming all three', () => {
    const result = { missing: ['title', 'primary keyword', 'topical map'], ok: false }
    expect(parsePromptKitPage('')).toEqual(result)
    expect(parsePromptKitPage(' \r\n\t\n ')).toEqual(result)
  })

  it('fails on random prose', () => {
    const result = parsePromptKitPage(fixture('random-prose.txt'))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.missing).toEqual(expect.arrayContaining(['primary keyword', 'topical map']))
  })

  it('fails when the page names no topical map', () => {
    const text = seed.replace(/^Informational article in the .*$/m, '').replace(/^← Back to .*$/m, '')
    expect(parsePromptKitPage(text)).toEqual({ missing: ['topical map'], ok: false })
  })
})
