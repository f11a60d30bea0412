import { z } from 'zod'

import type { LlmMessage } from '../llm/index.js'

/** The model's answer: one phrase copied from the existing article, or null when nothing fits. */
export const backlinkAnswerSchema = z.object({
  anchorText: z
    .string()
    .nullable()
    .describe(
      '2 to 8 words copied exactly from one sentence of the existing article, or null when no sentence fits',
    ),
  reason: z.string().describe('One line on why a reader of that sentence wants the new article'),
})

export type BacklinkAnswer = z.output<typeof backlinkAnswerSchema>

/** The newly published article a link is proposed to. */
export type BacklinkTarget = { description?: string; keyword?: string; path: string; title: string }

/**
 * One existing article of the map, asked for the place in its own text that should link to the
 * new article. The anchor must already be in the text: the proposal adds a link, never words.
 */
export const backlinkMessages = (
  target: BacklinkTarget,
  source: { text: string; title: string },
): LlmMessage[] => [
  {
    content:
      'You are an SEO editor adding internal links between articles of one topical map. You never rewrite text: ' +
      'you pick words that are already in the article.',
    role: 'system',
  },
  {
    content: `A new article was just published:
Title: ${target.title}
Path: ${target.path}${target.keyword ? `\nPrimary keyword: ${target.keyword}` : ''}${target.description ? `\nSummary: ${target.description}` : ''}

The existing article "${source.title}", its text under its headings:
<<<ARTICLE
${source.text}
ARTICLE>>>

Choose the one place in the existing article where a reader would most want a link to the new article.
- anchorText: 2 to 8 consecutive words copied exactly, character for character, from one sentence of the existing article (not from a heading), that describe what the new article is about. Do not change, add or reorder words.
- If no sentence fits naturally, answer "anchorText": null.
- reason: one line on why it helps the reader there.
Respond with a single JSON object: {"anchorText": string or null, "reason": string}.`,
    role: 'user',
  },
]
