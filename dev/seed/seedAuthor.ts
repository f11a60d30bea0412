import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

import { seedUpload } from './seedUpload.js'

export const SEED_AUTHOR_EMAIL = 'maya.lindqvist@payload-prompt-kit.local'

/** A fictional author with credentials that fit the CI-vs-CD brief (E-E-A-T: who wrote it, and why them). */
export const seedAuthorProfile = {
  bio: 'Maya has built and run CI/CD pipelines for Python teams for eleven years, from Jenkins to GitHub Actions, at a payments company and two SaaS start-ups. She maintains open-source pytest plugins and teaches release engineering workshops.',
  name: 'Maya Lindqvist',
  role: 'Senior Python engineer',
  sameAs: [
    { url: 'https://github.com/example-maya-lindqvist' },
    { url: 'https://www.linkedin.com/in/example-maya-lindqvist' },
    { url: 'https://x.com/example_maya' },
  ],
  url: 'https://example.org/team/maya-lindqvist',
}

/**
 * The author of the dev site's articles, once. In the dev app authors are users (the plugin's
 * default); this one signs articles and never logs in, so its random password is not kept.
 */
export const seedAuthor = async (
  payload: Payload,
  { devDir, mediaSlug, usersSlug }: { devDir: string; mediaSlug: string; usersSlug: string },
): Promise<number | string> => {
  const { docs } = await payload.find({ collection: usersSlug, depth: 0, limit: 1, pagination: false, where: { email: { equals: SEED_AUTHOR_EMAIL } } })
  if (docs[0]) return docs[0].id
  const image = await seedUpload(payload, { alt: 'Portrait of Maya Lindqvist', collection: mediaSlug, devDir, file: 'author-maya-lindqvist.png' })
  const author = await payload.create({
    collection: usersSlug,
    data: { ...seedAuthorProfile, email: SEED_AUTHOR_EMAIL, image, password: randomBytes(24).toString('base64url') },
    overrideAccess: true,
  })
  payload.logger.info(`dev seed: created the author ${seedAuthorProfile.name} (${String(author.id)})`)
  return author.id
}
