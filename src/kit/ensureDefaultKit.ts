import type { Payload } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { defaultKit } from './defaultKit.js'

/**
 * Create the default kit when no kit has its slug. Idempotent: an edited default kit is left
 * alone, so editors' changes survive restarts.
 */
export const ensureDefaultKit = async (payload: Payload, options: ResolvedPromptKitOptions) => {
  const collection = options.slugs.promptKits
  const existing = await payload.find({
    collection,
    depth: 0,
    limit: 1,
    where: { slug: { equals: defaultKit.slug } },
  })
  if (existing.docs[0]) return existing.docs[0]
  const created = await payload.create({
    collection,
    data: {
      name: defaultKit.name,
      slug: defaultKit.slug,
      description: defaultKit.description,
      phases: defaultKit.phases.map((phase) => ({ ...phase })),
    },
  })
  payload.logger.info(`payload-prompt-kit: created the default prompt kit "${defaultKit.slug}"`)
  return created
}
