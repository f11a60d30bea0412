import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

export const DEV_ADMIN_EMAIL = 'dev@payload-prompt-kit.local'

/**
 * In development only, create a first admin when the users collection is empty, so the admin
 * opens straight to a login instead of the create-first-user form. A generated password is
 * printed once, when the user is created; later starts find the user and print nothing.
 */
export const ensureDevUser = async (payload: Payload, usersSlug: string) => {
  if (process.env.NODE_ENV === 'production') return
  const { totalDocs } = await payload.count({ collection: usersSlug, overrideAccess: true })
  if (totalDocs > 0) return

  const fixed = process.env.DEV_ADMIN_PASSWORD
  const password = fixed || randomBytes(12).toString('base64url')
  await payload.create({
    collection: usersSlug,
    data: { name: 'Dev Admin', email: DEV_ADMIN_EMAIL, password },
    overrideAccess: true,
  })
  payload.logger.warn(
    fixed
      ? `dev: created admin ${DEV_ADMIN_EMAIL} with the password from DEV_ADMIN_PASSWORD`
      : `dev: created admin ${DEV_ADMIN_EMAIL} with password ${password} (shown once; set DEV_ADMIN_PASSWORD to choose it)`,
  )
}
