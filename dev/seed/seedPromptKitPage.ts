import type { Payload } from 'payload'

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { importPromptKitPage, parsePromptKitPage, slugify } from 'payload-prompt-kit'

/**
 * Import the CI-vs-CD prompt kit page into a topical map and a brief, once: a re-import would
 * overwrite the page's fields on every restart, undoing what someone edited in the dev admin.
 * The text is a copy kept in dev/seed because a checkout of this repository has no shared/ beside it.
 * Returns the brief's ID (the existing one on later starts).
 */
export const seedPromptKitPage = async (
  payload: Payload,
  { briefsSlug, devDir }: { briefsSlug: string; devDir: string },
): Promise<number | string> => {
  const text = await readFile(path.join(devDir, 'seed', 'ci-vs-cd-prompt-kit.txt'), 'utf8')
  const parsed = parsePromptKitPage(text)
  if (parsed.ok) {
    const slug = slugify(parsed.page.title)
    const { docs } = await payload.find({ collection: briefsSlug, depth: 0, limit: 1, pagination: false, where: { slug: { equals: slug } } })
    if (docs[0]) return docs[0].id
  }
  // An unreadable page falls through so the importer throws its own error naming what is missing.
  const { brief } = await importPromptKitPage(payload, text)
  payload.logger.info(`dev seed: imported the CI-vs-CD prompt kit page as brief ${String(brief.id)}`)
  return brief.id as number | string
}
