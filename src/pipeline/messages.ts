import type { LlmMessage } from '../llm/index.js'
import type { BriefVariable } from '../kit/variables.js'

import { OUTPUTS_PREFIX, renderTemplate } from '../kit/variables.js'

const ROLE = [
  'You are an expert SEO content strategist and writer. You produce one article step by step:',
  'each request asks for one step of a prompt kit. Follow that step\'s format instructions exactly,',
  'stay consistent with the article context below, and never invent statistics, quotes or sources.',
].join(' ')

/** Context lines of the system message, in a fixed order so the prefix is byte-identical per article. */
const contextLines: [BriefVariable, string][] = [
  ['title', 'Title'],
  ['primaryKeyword', 'Primary keyword'],
  ['secondaryKeywords', 'Secondary keywords'],
  ['searchIntent', 'Search intent'],
  ['audience', 'Audience'],
  ['tone', 'Tone'],
  ['angle', 'Angle'],
  ['wordTarget', 'Target length (words)'],
  ['topic', 'Topical map'],
  ['contentGroup', 'Content group'],
  ['pillar', 'Pillar article'],
  ['articleUrl', 'URL'],
]

const blocks: [BriefVariable, string][] = [
  ['overview', 'Background notes'],
  ['commonMistakes', 'Common mistakes to warn about'],
  ['proTips', 'Expert tips'],
]

/**
 * The system message: the role plus the whole brief, identical for every phase of an article so
 * providers can cache the shared prompt prefix. `relatedArticles` is left out on purpose: it changes
 * whenever a sibling article is added, which would invalidate every phase's cache entry, and only
 * the internal-links template needs it.
 */
export const systemMessage = (context: Record<BriefVariable, string>): string =>
  [
    ROLE,
    '',
    'Article context:',
    ...contextLines.map(([key, label]) => `- ${label}: ${context[key]}`),
    ...blocks.flatMap(([key, label]) => ['', `${label}:`, context[key]]),
  ].join('\n')

/** Problems found in a phase's last output (failed checks, review items) that a re-run must fix. */
export type PhaseFeedback = {
  lines: string[]
  /** The phase's last output as prompt text, so the model revises it instead of starting over. */
  previous?: string
}

/** Appended to the phase's own prompt; the system prefix stays identical, so its cache still hits. */
export const feedbackText = ({ lines, previous }: PhaseFeedback): string =>
  [
    '',
    '---',
    'Revise your previous answer to this step. A review found these problems; fix every one of them,',
    'keep everything else as it was, and answer in the same format:',
    ...lines.map((line) => `- ${line}`),
    ...(previous ? ['', 'Your previous answer:', previous] : []),
  ].join('\n')

/** The chat for one phase: the shared system prefix, then the phase's rendered template (and feedback on a revision). */
export const buildPhaseMessages = (
  template: string,
  context: Record<BriefVariable, string>,
  outputs: Record<string, string>,
  feedback?: PhaseFeedback,
): LlmMessage[] => {
  const values: Record<string, string> = { ...context }
  for (const [key, value] of Object.entries(outputs)) values[`${OUTPUTS_PREFIX}${key}`] = value
  const prompt = renderTemplate(template, values)
  return [
    { role: 'system', content: systemMessage(context) },
    { role: 'user', content: feedback?.lines.length ? `${prompt}\n${feedbackText(feedback)}` : prompt },
  ]
}
