import type { Endpoint } from 'payload'

import type { ResolvedPromptKitOptions } from '../../types.js'
import type { HeroImageOutcome } from './generateHeroImage.js'

import { defineEndpoint, HttpError } from '../../endpoints/defineEndpoint.js'
import { readAsUser } from '../../endpoints/readAsUser.js'
import { bodyLimitOf } from '../../endpoints/requestBody.js'
import { generateHeroImage } from './generateHeroImage.js'

const skippedStatus: Record<Extract<HeroImageOutcome, { status: 'skipped' }>['reason'], number> = {
  'claimed-elsewhere': 409,
  disabled: 400,
  'has-image': 409,
  'no-plan': 409,
}

const skippedMessage: Record<keyof typeof skippedStatus, string> = {
  'claimed-elsewhere': 'The hero image is already being generated.',
  disabled: 'Hero images are not generated: set `images.generate: true` (with an upload collection).',
  'has-image': 'The hero image (first image-plan item) already has an upload; remove it to generate a new one.',
  'no-plan': 'The article has no image plan yet; run the images phase first.',
}

/**
 * `POST /api/<articles>/:id/hero-image`: generate the hero image now and answer 201
 * `{ generation, media }` once it is set on the article. 400 when `images.generate` is off, 409
 * when there is nothing to do, 502 when the images API or storing failed (the article unchanged).
 */
export const heroImageEndpoint = (options: ResolvedPromptKitOptions): Endpoint =>
  defineEndpoint({
    handler: async ({ params, req }) => {
      const article = await readAsUser(req, { collection: options.articles.collection, field: 'id', id: params.id, label: 'article' })
      if (!(await options.access.generate({ articleID: article.id, req }))) {
        throw new HttpError(403, 'You are not allowed to generate images for this article.')
      }
      const outcome = await generateHeroImage(req.payload, { articleId: article.id, req, userId: req.user?.id })
      if (outcome.status === 'skipped') throw new HttpError(skippedStatus[outcome.reason], skippedMessage[outcome.reason])
      if (outcome.status === 'failed') throw new HttpError(502, `The hero image could not be generated: ${outcome.error}`)
      return Response.json({ generation: outcome.generation, media: outcome.media }, { status: 201 })
    },
    maxBodyBytes: bodyLimitOf(options),
    method: 'post',
    path: '/:id/hero-image',
    rateLimit: 'generate',
  })
