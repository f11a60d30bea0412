import { draftMode } from 'next/headers.js'

import { siteOptions, sitePayload } from '../../../../lib/sitePayload.js'
import { redirectTo } from '../redirectTo.js'

const slugPattern = /^[\w-]+$/

const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * The admin's Preview button: an editor logged in to the admin (payload-token cookie) gets draft
 * mode and is sent to the article, which then shows its latest draft.
 */
export const GET = async (request: Request) => {
  const slug = new URL(request.url).searchParams.get('slug') ?? ''
  if (!slugPattern.test(slug)) return error(400, 'Query parameter `slug` is missing or not a slug.')
  const payload = await sitePayload()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return error(401, 'Log in to the admin to preview drafts.')
  ;(await draftMode()).enable()
  // Built from the slug, never taken from the query, so this cannot redirect off-site.
  return redirectTo(siteOptions(payload).articlePath({ slug }))
}
