import type { Payload } from 'payload'

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { importPromptKitPage, parsePromptKitPage, slugify } from 'payload-prompt-kit'

/**
 * Import the CI-vs-CD prompt kit page into a topical map and a brief, once: a re-import would
 * overwrite the page's fields on every restart, undoing what someone edited in the dev admin.
 * The text is a copy kept in dev/seed because a checkout of this repository has no shared/ beside it.
 */
export const seedPromptKitPage = async (payload: Payload, { briefsSlug, devDir }: { briefsSlug: string; devDir: string }) => {
  const text = await readFile(path.join(devDir, 'seed', 'ci-vs-cd-prompt-kit.txt'), 'utf8')
  const parsed = parsePromptKitPage(text)
  if (parsed.ok) {
    const slug = slugify(parsed.page.title)
    const { totalDocs } = await payload.count({ collection: briefsSlug, where: { slug: { equals: slug } } })
    if (totalDocs > 0) return
  }
  // An unreadable page falls through so the importer throws its own error naming what is missing.
  const { brief } = await importPromptKitPage(payload, text)
  payload.logger.info(`dev seed: imported the CI-vs-CD prompt kit page as brief ${String(brief.id)}`)
}
