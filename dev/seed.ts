import type { Payload } from 'payload'

import { seedArticleAuthor } from './seed/seedArticleAuthor.js'
import { seedAuthor } from './seed/seedAuthor.js'
import { ensureDevUser } from './seed/devUser.js'
import { seedPromptKitPage } from './seed/seedPromptKitPage.js'
import { seedSiteSettings } from './seed/seedSiteSettings.js'

type SeedArgs = { devDir: string; mediaSlug?: string; usersSlug: string }

/**
 * Dev data, safe to run on every start. The plugin seeds its default kit itself; this adds a
 * login for development, one imported brief to generate from and, outside production, an author
 * with credentials and the site settings (publisher, logo) the article pages need for rich
 * results. A failing step is logged and the admin still starts, so a seed bug never hides the app
 * that would show it.
 */
export const seed = async (payload: Payload, { devDir, mediaSlug = 'media', usersSlug }: SeedArgs) => {
  const seeded: { author?: number | string; brief?: number | string } = {}
  // In production the first user registers through the admin: no seeded user may exist before.
  const dev = process.env.NODE_ENV !== 'production'
  const steps: [string, () => Promise<unknown>][] = [
    ['dev admin user', () => ensureDevUser(payload, usersSlug)],
    ['CI-vs-CD prompt kit page', async () => (seeded.brief = await seedPromptKitPage(payload, { briefsSlug: 'briefs', devDir }))],
    ...(dev
      ? ([
          ['author', async () => (seeded.author = await seedAuthor(payload, { devDir, mediaSlug, usersSlug }))],
          ['site settings', async () => seeded.author !== undefined && seedSiteSettings(payload, { defaultAuthor: seeded.author, devDir, mediaSlug })],
          [
            "CI-vs-CD articles' author",
            async () => seeded.author !== undefined && seeded.brief !== undefined && seedArticleAuthor(payload, { author: seeded.author, brief: seeded.brief }),
          ],
        ] as [string, () => Promise<unknown>][])
      : []),
  ]
  for (const [name, run] of steps) {
    try {
      await run()
    } catch (err) {
      payload.logger.error({ err, msg: `dev seed: ${name} failed` })
    }
  }
}
