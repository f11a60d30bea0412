import type { OutlineOutput } from './schemas/index.js'
import type { PhaseHandler } from './types.js'

import { briefWordTarget } from './briefWordTarget.js'
import { storedJsonPhase } from './storedJsonPhase.js'

const words = (target: number) => `~${target} words`

/**
 * The outline as later prompts see it: an indented heading list, shorter than the JSON and easier for a
 * model to follow heading by heading. The total word target is in every prompt's brief already.
 */
export const outlineToText = (outline: OutlineOutput): string =>
  [
    `H1: ${outline.title}`,
    ...outline.headings.flatMap((h2) => [
      `- H2: ${h2.text} (${words(h2.wordTarget)}): ${h2.notes}`,
      ...h2.children.map((h3) => `  - H3: ${h3.text} (${words(h3.wordTarget)}): ${h3.notes}`),
    ]),
  ].join('\n')

/**
 * Stored in the `outline` field with the article's total word target, which comes from the brief: the
 * model is not asked for a value the brief already holds.
 */
export const outlineHandler: PhaseHandler<'outline'> = {
  ...storedJsonPhase('outline', 'outline', outlineToText),
  toArticleData: async ({ headings, title }, ctx) => ({
    data: { outline: { title, totalWordTarget: briefWordTarget(ctx.brief), headings } },
    warnings: [],
  }),
}
