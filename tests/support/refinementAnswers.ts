import type { RecordedRequest } from './fakeOpenAI.js'
import type { PhaseScript } from './pipelineFixtures.js'

/** True for a refinement (or review) re-run: the phase's prompt carries feedback on its last answer. */
export const isRevision = (req: RecordedRequest): boolean =>
  ((req.body?.messages ?? []) as { content?: unknown }[]).some((m) => typeof m.content === 'string' && m.content.includes('Revise your previous answer'))

/** The user message of a request: the phase's prompt, with its feedback on a revision. */
export const promptOf = (req: RecordedRequest): string =>
  String(((req.body?.messages ?? []) as { content?: unknown; role?: string }[]).find((m) => m.role === 'user')?.content ?? '')

/** A meta answer with the keyword "ci vs cd python" in both tags; 58 and 151 characters. */
export const fixedMeta = {
  metaDescription: 'CI vs CD in Python explained: what each practice automates, how they differ, and how to set up both with GitHub Actions for your team, step by step.',
  ogDescription: 'What CI and CD automate for Python teams, and how to set up both.',
  ogTitle: 'CI vs CD in Python',
  titleTag: 'CI vs CD in Python: Differences, Tools and Best Practices',
}

/**
 * Answers of a model that misses the article's targets on the first try and fixes what the
 * feedback names: the keyword in the meta tags, the opening and an H2; no link to a draft.
 */
export const fixesOnRevision: PhaseScript = {
  body: (req) => (isRevision(req) ? { content: '## CI vs CD in Python projects\n\nCI runs your tests on every push.\n\n### Key terms\n\nA pipeline is a series of automated steps.' } : undefined),
  internalLinks: (req) => (isRevision(req) ? { content: JSON.stringify({ links: [] }) } : undefined),
  introduction: (req) => (isRevision(req) ? { content: 'CI vs CD in Python is a choice every team meets once tests matter.\n\nThis guide explains both.' } : undefined),
  meta: (req) => (isRevision(req) ? { content: JSON.stringify(fixedMeta) } : undefined),
}
