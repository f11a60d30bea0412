import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

export const DEV_ADMIN_EMAIL = 'dev@payload-prompt-kit.local'

/**
 * A dev user created before users had roles (an older dev database) becomes an admin again, so the
 * documented admin workflows (the publish override, creating editors) keep working for them.
 */
const restoreDevAdminRole = async (payload: Payload, usersSlug: string) => {
  const { docs } = await payload.find({
    collection: usersSlug,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { email: { equals: DEV_ADMIN_EMAIL } },
  })
  const user = docs[0] as { id: number | string; roles?: unknown } | undefined
  if (!user || (Array.isArray(user.roles) && user.roles.length > 0)) return
  await payload.update({ collection: usersSlug, data: { roles: ['admin'] }, id: user.id, overrideAccess: true })
  payload.logger.info(`dev: ${DEV_ADMIN_EMAIL} had no roles; it is an admin again`)
}

/**
 * In development only, create a first admin when the users collection is empty, so the admin
 * opens straight to a login instead of the create-first-user form. A generated password is
 * printed once, when the user is created; later starts find the user and print nothing.
 */
export const ensureDevUser = async (payload: Payload, usersSlug: string) => {
  if (process.env.NODE_ENV === 'production') return
  const { totalDocs } = await payload.count({ collection: usersSlug, overrideAccess: true })
  if (totalDocs > 0) return restoreDevAdminRole(payload, usersSlug)

  const fixed = process.env.DEV_ADMIN_PASSWORD
  const password = fixed || randomBytes(12).toString('base64url')
  await payload.create({
    collection: usersSlug,
    data: { name: 'Dev Admin', email: DEV_ADMIN_EMAIL, password, roles: ['admin'] },
    overrideAccess: true,
  })
  payload.logger.warn(
    fixed
      ? `dev: created admin ${DEV_ADMIN_EMAIL} with the password from DEV_ADMIN_PASSWORD`
      : `dev: created admin ${DEV_ADMIN_EMAIL} with password ${password} (shown once; set DEV_ADMIN_PASSWORD to choose it)`,
  )
}
