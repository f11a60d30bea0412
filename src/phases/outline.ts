import type { OutlineOutput } from './schemas/index.js'

import { storedJsonPhase } from './storedJsonPhase.js'

const words = (target: number) => `~${target} words`

/**
 * The outline as later prompts see it: an indented heading list, shorter than the JSON and easier for a
 * model to follow heading by heading.
 */
export const outlineToText = (outline: OutlineOutput): string =>
  [
    `H1: ${outline.title} (${words(outline.totalWordTarget)} in total)`,
    ...outline.headings.flatMap((h2) => [
      `- H2: ${h2.text} (${words(h2.wordTarget)}): ${h2.notes}`,
      ...h2.children.map((h3) => `  - H3: ${h3.text} (${words(h3.wordTarget)}): ${h3.notes}`),
    ]),
  ].join('\n')

export const outlineHandler = storedJsonPhase('outline', 'outline', outlineToText)
