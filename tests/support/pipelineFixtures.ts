import type { Payload } from 'payload'

import type { FakeReply, FakeResponder, RecordedRequest } from './fakeOpenAI.js'

import { validSamples } from '../unit/phases/phaseSamples.js'

/** A key nobody would write by accident: it must appear in no stored document and no log line. */
export const SECRET_API_KEY = 'sk-test-PIPELINE-7f3a9c1e5b2d4086-do-not-store'

export const FAKE_MODEL = 'fake-model'

/** $1 / $2 per million tokens: small but non-zero, so budgets and totals can be checked. */
export const FAKE_PRICING = { [FAKE_MODEL]: { inputPerMTok: 1, outputPerMTok: 2 } }

export const SIBLING_SLUG = 'choosing-a-ci-service'

const markdownPhases: [string, RegExp][] = [
  ['introduction', /Write the introduction of the article/],
  ['body', /Write the full body of the article/],
  ['conclusion', /Write the conclusion of the article/],
]

const textOf = (req: RecordedRequest): string =>
  ((req.body?.messages ?? []) as { content?: unknown }[]).map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n')

/** Which kit phase a chat request is for: the json_schema name, a schema named in the prompt, or the template's wording. */
export const phaseOfRequest = (req: RecordedRequest): string => {
  const schemaName = req.body?.response_format?.json_schema?.name
  if (typeof schemaName === 'string') return schemaName
  const text = textOf(req)
  const named = /Respond with a single JSON value named "([A-Za-z]+)"/.exec(text)
  if (named) return named[1]!
  for (const [phase, pattern] of markdownPhases) if (pattern.test(text)) return phase
  return 'unknown'
}

export const markdownSamples: Record<string, string> = {
  introduction: 'Continuous integration and continuous delivery are often confused.\n\nThis guide explains **the difference** and when each matters.',
  body: [
    '## What CI does',
    '',
    'CI runs your tests on every push.',
    '',
    '```yaml',
    'on: push',
    '```',
    '',
    '### Key terms',
    '',
    'A pipeline is a series of automated steps.',
    '',
    '## Quick checklist',
    '',
    '- Run tests on every push',
    '- Deploy from main only',
  ].join('\n'),
  conclusion: 'CI keeps the main branch healthy; CD ships it. Start with CI, then automate delivery.',
}

/** The answer a well-behaved model gives for `phase`. */
export const sampleContent = (phase: string, req?: RecordedRequest): string => {
  if (phase in markdownSamples) return markdownSamples[phase]!
  if (phase === 'internalLinks') {
    // Link to the sibling listed in the prompt (its slug carries the test's suffix).
    const slug = new RegExp(`\\((${SIBLING_SLUG}[\\w-]*)\\)`).exec(req ? textOf(req) : '')?.[1] ?? SIBLING_SLUG
    return JSON.stringify({
      links: [{ targetSlug: slug, anchorText: 'choosing a CI service', placement: 'What the topic is', reason: 'Next step.' }],
    })
  }
  const sample = (validSamples as Record<string, unknown>)[phase]
  if (!sample) throw new Error(`pipelineFixtures: no sample for phase "${phase}"`)
  return JSON.stringify(sample)
}

/** Per phase: the answer to its nth request, or undefined for the phase's usual sample. */
export type PhaseScript = Partial<Record<string, (req: RecordedRequest, nth: number) => FakeReply | Promise<FakeReply> | undefined>>

/**
 * A responder answering every phase with its sample; `overrides[phase]` replaces that phase's answer.
 * `counts` tallies requests per phase (retries and repair turns included).
 */
export const pipelineResponder = (overrides: PhaseScript = {}) => {
  const counts: Record<string, number> = {}
  const responder: FakeResponder = (req) => {
    const phase = phaseOfRequest(req)
    counts[phase] = (counts[phase] ?? 0) + 1
    const scripted = overrides[phase]?.(req, counts[phase]!)
    if (scripted !== undefined) return scripted
    return { content: sampleContent(phase, req), usage: { prompt_tokens: 400, completion_tokens: 200, cached_tokens: 0 } }
  }
  return { counts, responder, total: () => Object.values(counts).reduce((a, b) => a + b, 0) }
}

type Doc = { [key: string]: unknown; id: number | string }

/** A topical map, a brief in it, and a sibling article of the same map (the internal-link target). */
export const createBriefWithSibling = async (payload: Payload, suffix: string) => {
  const map = (await payload.create({
    collection: 'topical-maps',
    data: { pillarTitle: 'Complete Guide to CI/CD for Python Projects', title: `CI/CD for Python Projects ${suffix}` },
  })) as Doc
  const brief = (await payload.create({
    collection: 'briefs',
    data: {
      angle: 'Decision-focused guide',
      audience: 'Intermediate Python developers',
      commonMistakes: [{ text: 'Treating CI and CD as the same thing' }],
      contentGroup: 'Foundations',
      overview: 'CI integrates changes; CD delivers them.',
      primaryKeyword: 'ci vs cd python',
      proTips: [{ text: 'Cache dependencies between runs' }],
      searchIntent: 'informational',
      secondaryKeywords: [{ keyword: 'continuous integration' }, { keyword: 'continuous delivery' }],
      title: `CI vs CD: What Python developers need to know ${suffix}`,
      tone: 'authoritative, conversational',
      topicalMap: map.id,
      wordTarget: 900,
    },
  })) as Doc
  const siblingBrief = (await payload.create({
    collection: 'briefs',
    data: { primaryKeyword: 'ci service python', title: `Choosing a CI service ${suffix}`, topicalMap: map.id },
  })) as Doc
  const sibling = (await payload.create({
    collection: 'articles',
    data: { brief: siblingBrief.id, slug: `${SIBLING_SLUG}${suffix ? `-${suffix}` : ''}`, title: `Choosing a CI service ${suffix}` },
    draft: true,
  })) as Doc
  return { brief, map, sibling }
}

/** A draft article for `brief`. */
export const createArticle = async (payload: Payload, brief: Doc, title = String(brief.title)) =>
  (await payload.create({ collection: 'articles', data: { brief: brief.id, title }, draft: true })) as Doc
