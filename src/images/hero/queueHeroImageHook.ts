import type { CollectionAfterChangeHook } from 'payload'

import type { ImagePlanItem } from '../../phases/imagesUploads.js'
import type { ResolvedPromptKitOptions } from '../../types.js'

import { isPipelineWrite } from '../../pipeline/pipelineWrite.js'
import { idOf } from '../../pipeline/types.js'
import { HERO_IMAGE_TASK } from './heroImageTask.js'

const heroOf = (plan: unknown): ImagePlanItem | undefined => (Array.isArray(plan) ? (plan[0] as ImagePlanItem | undefined) : undefined)
const sameHero = (a: ImagePlanItem | undefined, b: ImagePlanItem | undefined) =>
  a?.filename === b?.filename && a?.description === b?.description && a?.altText === b?.altText

/**
 * Articles `afterChange`, with `images.generate` on: when the pipeline writes a plan with a new
 * hero (first item) that has no upload, queue the hero image job. Editors' own saves never queue
 * one (removing an upload is not a request to generate); they use the endpoint. Queued with the
 * save's request, so the job exists only if the save commits.
 */
export const queueHeroImageHook =
  (options: ResolvedPromptKitOptions): CollectionAfterChangeHook =>
  async ({ context, doc, previousDoc, req }) => {
    if (!options.images.generate || !isPipelineWrite(context)) return doc
    const hero = heroOf(doc.imagePlan)
    if (!hero || idOf(hero.image) !== undefined || sameHero(hero, heroOf(previousDoc?.imagePlan))) return doc
    try {
      await req.payload.jobs.queue({ input: { article: String(doc.id) }, req, task: HERO_IMAGE_TASK } as never)
    } catch (err) {
      req.payload.logger.warn(`payload-prompt-kit: could not queue the hero image of article ${String(doc.id)}: ${err instanceof Error ? err.message : String(err)}`)
    }
    return doc
  }
