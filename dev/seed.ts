import type { Payload } from 'payload'

import { ensureDevUser } from './seed/devUser.js'
import { seedPromptKitPage } from './seed/seedPromptKitPage.js'

type SeedArgs = { devDir: string; usersSlug: string }

/**
 * Dev data, safe to run on every start. The plugin seeds its default kit itself; this adds a
 * login for development and one imported brief to generate from. A failing step is logged and
 * the admin still starts, so a seed bug never hides the app that would show it.
 */
export const seed = async (payload: Payload, { devDir, usersSlug }: SeedArgs) => {
  const steps: [string, () => Promise<unknown>][] = [
    ['dev admin user', () => ensureDevUser(payload, usersSlug)],
    ['CI-vs-CD prompt kit page', () => seedPromptKitPage(payload, { briefsSlug: 'briefs', devDir })],
  ]
  for (const [name, run] of steps) {
    try {
      await run()
    } catch (err) {
      payload.logger.error({ err, msg: `dev seed: ${name} failed` })
    }
  }
}
