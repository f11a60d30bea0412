import type { Payload } from 'payload'

import { getPromptKitOptions, PublishGateError } from 'payload-prompt-kit'

/**
 * Sign the articles of the seeded brief that name no author with the seeded author (articles are
 * generated after the first start, so a later start signs them). A published article whose save
 * the publish gate refuses keeps its empty author; the site's default author still signs it.
 */
export const seedArticleAuthor = async (payload: Payload, { author, brief }: { author: number | string; brief: number | string }) => {
  const { articles } = getPromptKitOptions(payload)
  const { docs } = await payload.find({
    collection: articles.collection,
    depth: 0,
    draft: true,
    pagination: false,
    select: { _status: true, author: true },
    where: { and: [{ brief: { equals: brief } }, { author: { exists: false } }] },
  })
  for (const doc of docs as Array<{ _status?: null | string; id: number | string }>) {
    try {
      await payload.update({ collection: articles.collection, data: { author }, draft: doc._status !== 'published', id: doc.id })
    } catch (err) {
      if (!(err instanceof PublishGateError)) throw err
      payload.logger.info(`dev seed: article ${String(doc.id)} keeps no author: its publish gate refuses a save`)
    }
  }
}
