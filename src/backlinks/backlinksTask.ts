import type { TaskConfig } from 'payload'

import { idFromText } from '../jobs/ids.js'
import { proposeBacklinks } from './proposeBacklinks.js'

export const BACKLINKS_TASK = 'promptKitBacklinks'

type BacklinksTaskIO = {
  input: { article: string; user?: null | string }
  output: { failed?: null | number; proposed?: null | number; status: string }
}

/**
 * The Payload task queued when an article is published: proposes links to it from the map's
 * published articles. Not retried: a failed call is recorded on its generation and asked again on
 * the article's next publish; answered pairs never are, so running it twice proposes nothing twice.
 */
export const backlinksTask = (articlesCollection: string): TaskConfig<BacklinksTaskIO> => ({
  slug: BACKLINKS_TASK,
  concurrency: {
    exclusive: true,
    key: ({ input }) => `${BACKLINKS_TASK}:${articlesCollection}:${input.article}`,
  },
  handler: async ({ input, req }) => {
    const { payload } = req
    const outcome = await proposeBacklinks(payload, {
      articleId: idFromText(payload, input.article),
      req,
      userId: input.user ? idFromText(payload, input.user) : undefined,
    })
    if (outcome.status === 'skipped') return { output: { status: `skipped: ${outcome.reason}` } }
    const count = (status: string) => outcome.candidates.filter((c) => c.status === status).length
    const failed = count('failed')
    if (failed)
      payload.logger.warn(
        `payload-prompt-kit: backlinks to article ${input.article}: ${failed} of ${outcome.candidates.length} articles could not be asked; see their generations (phase backlinks)`,
      )
    return { output: { failed, proposed: count('proposed'), status: 'done' } }
  },
  inputSchema: [
    { name: 'article', type: 'text', required: true },
    { name: 'user', type: 'text' },
  ],
  label: 'Prompt kit: propose links to a published article',
  outputSchema: [
    { name: 'status', type: 'text' },
    { name: 'proposed', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  retries: 0,
})
