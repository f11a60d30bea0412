import type { PhaseHandler } from './types.js'

import { prettyJson } from './promptText.js'
import { phaseSchemas } from './schemas/index.js'

/**
 * Quotes, studies and experience templates become `eeat` items. Every item is stored unverified: an
 * LLM suggestion (a quote, a study, a URL) is never trusted until an editor checks it, and only
 * verified, complete items are rendered (`publishableEeat`); the rest stay in the ledger.
 */
export const eeatHandler: PhaseHandler<'eeat'> = {
  kind: 'eeat',
  format: 'json',
  schema: phaseSchemas.eeat,
  fields: ['eeat'],
  toArticleData: async ({ expertQuotes, personalTemplates, studies }) => ({
    data: {
      eeat: [
        ...expertQuotes.map((q) => ({
          kind: 'quote',
          text: q.quote,
          attribution: `${q.speaker}, ${q.credentials}`,
          placement: q.placement,
          requiresPermission: q.requiresPermission,
          sourceUrl: q.sourceUrl?.trim() || null,
          verified: false,
        })),
        ...studies.map((s) => ({
          kind: 'study',
          text: `${s.title} — ${s.relevance}`,
          attribution: `${s.publisher}, ${s.year}`,
          sourceUrl: s.url,
          placement: s.placement,
          requiresPermission: false,
          verified: false,
        })),
        ...personalTemplates.map((t) => ({
          kind: 'experience',
          text: t.template,
          placement: t.placement,
          requiresPermission: false,
          verified: false,
        })),
      ],
    },
    warnings: [],
  }),
  toPromptText: prettyJson,
}
