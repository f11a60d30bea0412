import type { TaskConfig } from 'payload'

import { idFromText } from '../../jobs/ids.js'
import { generateHeroImage } from './generateHeroImage.js'

export const HERO_IMAGE_TASK = 'promptKitHeroImage'

type HeroImageTaskIO = {
  input: { article: string; user?: null | string }
  output: { error?: null | string; status: string }
}

/**
 * The Payload task that generates an article's hero image (queued after the images phase writes a
 * plan whose hero has no upload). Not retried: a failed image costs money and is recorded on its
 * generation; the editor can ask again (`POST /api/<articles>/:id/hero-image`). The job's ID is
 * the claim, so a job two runners picked up generates once.
 */
export const heroImageTask = (articlesCollection: string): TaskConfig<HeroImageTaskIO> => ({
  slug: HERO_IMAGE_TASK,
  concurrency: { exclusive: true, key: ({ input }) => `${HERO_IMAGE_TASK}:${articlesCollection}:${input.article}` },
  handler: async ({ input, job, req }) => {
    const { payload } = req
    const outcome = await generateHeroImage(payload, {
      articleId: idFromText(payload, input.article),
      claim: `${HERO_IMAGE_TASK}:${String(job.id)}`,
      req,
      userId: input.user ? idFromText(payload, input.user) : undefined,
    })
    return { output: { error: outcome.status === 'failed' ? outcome.error : null, status: outcome.status === 'skipped' ? `skipped: ${outcome.reason}` : outcome.status } }
  },
  inputSchema: [
    { name: 'article', type: 'text', required: true },
    { name: 'user', type: 'text' },
  ],
  label: 'Prompt kit: generate hero image',
  outputSchema: [
    { name: 'status', type: 'text' },
    { name: 'error', type: 'textarea' },
  ],
  retries: 0,
})
