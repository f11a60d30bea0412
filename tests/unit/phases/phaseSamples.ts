import type { JsonOutputKind, PhaseOutput } from '../../../src/phases/schemas/index.js'

/** One valid output per JSON phase, typed so that a schema change breaks the fixture at compile time. */
export const validSamples: { [K in JsonOutputKind]: PhaseOutput<K> } = {
  outline: {
    title: 'Topic basics: what beginners need to know',
    headings: [
      {
        level: 'H2',
        text: 'What the topic is',
        wordTarget: 400,
        notes: 'Define the core concept; transition to how it works.',
        children: [{ level: 'H3', text: 'Key terms', wordTarget: 150, notes: 'Three terms with one-line definitions.' }],
      },
      { level: 'H2', text: 'Quick checklist', wordTarget: 200, notes: 'Five actionable bullets.', children: [] },
    ],
  },
  research: {
    items: Array.from({ length: 8 }, (_, i) => ({
      name: `Item ${i + 1}`,
      type: i % 2 ? ('statistic' as const) : ('tool' as const),
      whyInclude: 'Grounds the comparison section in a concrete example.',
      needsCitation: i % 2 === 1,
      citationSuggestion: i % 2 ? 'Annual industry report' : null,
    })),
  },
  eeat: {
    expertQuotes: Array.from({ length: 5 }, () => ({
      quote: 'Start small and measure before you scale.',
      speaker: '[Name]',
      credentials: 'Lead engineer at [Company]',
      placement: 'What the topic is',
      requiresPermission: true,
      sourceUrl: null,
    })),
    studies: Array.from({ length: 3 }, () => ({
      title: 'State of the Industry',
      publisher: 'Example Research',
      year: 2024,
      relevance: 'Shows adoption rates.',
      inlineCitation: '(Example Research, 2024)',
      url: null,
      placement: 'What the topic is',
    })),
    personalTemplates: Array.from({ length: 4 }, () => ({
      template: 'In my last project at [Company], we cut [metric] by [N]% by…',
      placement: 'Quick checklist',
    })),
  },
  faq: {
    faqs: Array.from({ length: 10 }, (_, i) => ({
      question: `Question ${i + 1}?`,
      answer: 'A short answer. With a second sentence.',
    })),
  },
  meta: {
    titleTag: 'Topic Basics: What Beginners Need to Know in 2026 (Guide)',
    metaDescription:
      'Learn the topic basics: the core concepts, how they work in practice, the tools to compare and the mistakes to avoid. Start with our quick checklist today.',
    ogTitle: 'Topic basics: what beginners need to know',
    ogDescription: 'The core concepts, the tools to compare and a quick checklist to get started.',
  },
  internalLinks: {
    links: [
      {
        targetSlug: 'pillar-guide',
        anchorText: 'complete guide to the topic',
        placement: 'What the topic is',
        reason: 'Readers wanting depth continue to the pillar.',
      },
    ],
  },
  images: {
    images: Array.from({ length: 6 }, (_, i) => ({
      filename: `topic-basics-${i + 1}.webp`,
      description: 'Flow diagram of the core process.',
      placement: 'What the topic is',
      altText: 'Topic basics flow diagram',
      type: 'diagram' as const,
      format: 'simplified-diagram' as const,
    })),
  },
  social: {
    twitterThread: ['Opener with a hook', 'Insight one', 'Insight two: `run --check`', 'Read more: https://example.com/a'],
    linkedinPost: 'A hook. One insight. Read the article: https://example.com/a',
    pinterestDescription: 'Topic basics explained: core concepts, tools and a checklist.',
  },
  seoReview: {
    keywordPlacements: { found: ['title', 'first paragraph'], fixes: ['Add it to one H2'] },
    eeatGaps: ['No author bio'],
    readability: { gradeLevel: 9.5, fixes: ['Split long sentences in section 2'] },
    headingsIssues: [],
    duplicateRisk: { risk: 'medium', differentiation: ['Add a worked example'] },
    freshnessSignals: ['Add the last-updated date'],
    improvementSuggestions: Array.from({ length: 5 }, (_, i) => ({
      priority: i + 1,
      suggestion: `Suggestion ${i + 1}`,
      steps: ['Do this', 'Then that'],
    })),
  },
}
