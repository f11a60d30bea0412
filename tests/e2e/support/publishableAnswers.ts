import type { RecordedRequest } from '../../support/fakeOpenAI.js'
import type { PhaseScript } from '../../support/pipelineFixtures.js'

import { isRevision } from '../../support/refinementAnswers.js'

/**
 * Model answers for the seeded CI-vs-CD brief that a careful writer would accept: every content
 * check of the pre-publish gate passes for its primary keyword. What is left for the editor is what
 * no model can do: check the evidence and tick the complete items verified (only those reach the
 * page). `missesOnFirstTry` is a model that misses some targets until refinement tells it what failed.
 */

/** The primary keyword the importer reads from dev/seed/ci-vs-cd-prompt-kit.txt. */
export const SEEDED_KEYWORD = 'ci vs cd python'


const introduction = [
  'Continuous integration and continuous delivery are often confused.',
  '',
  'The CI vs CD Python question comes up the first time a release breaks on a Friday: CI runs pytest on every push,',
  'CD decides how the tested build reaches your users.',
].join('\n')

const body = [
  '## CI vs CD Python pipelines compared',
  '',
  'CI runs your tests and linters on every pull request.',
  '',
  '```yaml',
  'on: pull_request',
  'jobs:',
  '  test:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: pytest',
  '```',
  '',
  '### Where CD starts',
  '',
  'CD takes the wheel or Docker image CI built and promotes it to staging, then production.',
  '',
  '## Quick checklist',
  '',
  '- Run pytest on every pull request',
  '- Build one artifact and promote it unchanged',
].join('\n')

const conclusion = 'Start with CI so main stays green, then automate delivery of the artifacts it builds.'

export const outline = {
  title: 'CI vs CD Python: What Developers Need to Know',
  totalWordTarget: 900,
  headings: [
    {
      level: 'H2',
      text: 'CI vs CD Python pipelines compared',
      wordTarget: 500,
      notes: 'Define both; show a GitHub Actions job.',
      children: [
        { level: 'H3', text: 'Where CD starts', wordTarget: 200, notes: 'Artifacts and promotion.' },
      ],
    },
    { level: 'H2', text: 'Quick checklist', wordTarget: 150, notes: 'Actionable bullets.', children: [] },
  ],
}

const faq = {
  faqs: [
    [
      'What is the difference between CI vs CD in Python?',
      'CI tests every change; CD ships the tested build.',
    ],
    [
      'Do small Python projects need CI?',
      'Yes. A pytest job on every push is cheap and catches regressions.',
    ],
    [
      'Is continuous delivery the same as continuous deployment?',
      'No. Delivery keeps releases one click away; deployment releases automatically.',
    ],
    ['Which CI service suits Python?', 'GitHub Actions, GitLab CI and Jenkins all run pytest and tox well.'],
    [
      'Should CD build wheels or Docker images?',
      'Libraries publish wheels; services usually ship Docker images.',
    ],
    [
      'Where do secrets belong in CI/CD?',
      'In the CI secret store or a vault, never in the repository or logs.',
    ],
    ['How long should a CI run take?', 'Under ten minutes keeps feedback fast enough for reviews.'],
    ['Can a monorepo use one pipeline?', 'Yes, with path filters so only changed packages are tested.'],
  ].map(([question, answer]) => ({ question, answer })),
}

const meta = {
  titleTag: 'CI vs CD Python Guide: Differences, Tools and Best Practices',
  metaDescription:
    'CI vs CD Python guide: what continuous integration and continuous delivery each automate, which tools fit, and how to set up both with GitHub Actions.',
  ogTitle: 'CI vs CD for Python teams',
  ogDescription: 'What CI and CD each automate for a Python project, and how to set up both.',
}

/**
 * Evidence as a model suggests it: public quotes with their source, one paraphrase without (it
 * stays off the page unless an editor finds one), studies with their URL, experience notes.
 */
export const eeat = {
  expertQuotes: [
    {
      quote:
        'Continuous Integration is a software development practice where each member of a team merges their changes into a codebase together with their colleagues changes at least daily.',
      speaker: 'Martin Fowler',
      credentials: 'Chief Scientist at Thoughtworks',
      placement: 'CI vs CD Python pipelines compared',
      requiresPermission: false,
      sourceUrl: 'https://martinfowler.com/articles/continuousIntegration.html',
    },
    {
      quote:
        'Continuous Delivery is the ability to get changes of all types into production, or into the hands of users, safely and quickly in a sustainable way.',
      speaker: 'Jez Humble',
      credentials: 'co-author of Continuous Delivery',
      placement: 'Where CD starts',
      requiresPermission: false,
      sourceUrl: 'https://continuousdelivery.com/',
    },
    {
      quote: 'If it hurts, do it more frequently, and bring the pain forward.',
      speaker: 'Jez Humble and David Farley',
      credentials: 'authors of Continuous Delivery',
      placement: 'Quick checklist',
      requiresPermission: false,
      sourceUrl: null,
    },
  ],
  studies: [
    {
      title: 'Accelerate State of DevOps Report',
      publisher: 'DORA, Google Cloud',
      year: 2024,
      relevance: 'Links deployment frequency to delivery performance.',
      inlineCitation: '(DORA, 2024)',
      url: 'https://dora.dev/research/2024/dora-report/',
      placement: 'Where CD starts',
    },
    {
      title: 'Python Developers Survey 2023 Results',
      publisher: 'Python Software Foundation and JetBrains',
      year: 2024,
      relevance: 'Shows which CI services Python developers use.',
      inlineCitation: '(PSF and JetBrains, 2024)',
      url: 'https://lp.jetbrains.com/python-developers-survey-2023/',
      placement: 'CI vs CD Python pipelines compared',
    },
  ],
  personalTemplates: [
    {
      template: 'On our team, a pytest job on every pull request caught most regressions before review.',
      placement: 'Quick checklist',
    },
    {
      template:
        'Promoting one Docker image from staging to production ended our "works on staging" surprises.',
      placement: 'Where CD starts',
    },
  ],
}

/** The quote no source was given for: it stays in the ledger and off the page. */
export const unsourcedQuote = eeat.expertQuotes[2]!.quote

/** Tokens per answer, as the default responder reports them, so costs are comparable. */
export const answer = (content: string) => () => ({
  content,
  usage: { cached_tokens: 0, completion_tokens: 200, prompt_tokens: 400 },
})

/** Overrides for `pipelineResponder`; the phases not listed (research, images, social, review) keep their samples. */
export const publishableAnswers = (): PhaseScript => ({
  body: answer(body),
  conclusion: answer(conclusion),
  eeat: answer(JSON.stringify(eeat)),
  faq: answer(JSON.stringify(faq)),
  // No article of the seeded map is published yet, so a careful model links to none.
  internalLinks: answer(JSON.stringify({ links: [] })),
  introduction: answer(introduction),
  meta: answer(JSON.stringify(meta)),
  outline: answer(JSON.stringify(outline)),
})

/** First answers that miss targets: a meta description without the keyword, H2s without it. */
const missedMeta = { ...meta, metaDescription: 'A practical guide to continuous integration and delivery for Python teams: what each automates and how to set both up.' }
const missedBody = body.replace('## CI vs CD Python pipelines compared', '## Pipelines compared')

/**
 * A model that follows instructions but misses targets now and then: meta and body miss on the
 * first try and answer as `publishableAnswers` once their prompt carries refinement feedback,
 * after `revisionsMayAnswer` resolves (so the panel can be seen refining).
 */
export const missesOnFirstTry = (revisionsMayAnswer: Promise<void>): PhaseScript => {
  const revised = (first: string, fixed: string) => async (req: RecordedRequest) => {
    if (!isRevision(req)) return answer(first)()
    await revisionsMayAnswer
    return answer(fixed)()
  }
  return { ...publishableAnswers(), body: revised(missedBody, body), meta: revised(JSON.stringify(missedMeta), JSON.stringify(meta)) }
}
