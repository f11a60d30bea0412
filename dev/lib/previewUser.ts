import type { TypedUser } from 'payload'

import { draftMode, headers } from 'next/headers.js'

import type { sitePayload } from './sitePayload.js'

type Payload = Awaited<ReturnType<typeof sitePayload>>

/**
 * The logged-in editor when draft mode is on (set by /next/preview), else null. Request headers
 * are read only in draft mode, so published pages stay cacheable.
 */
export const previewUser = async (payload: Payload): Promise<null | TypedUser> => {
  if (!(await draftMode()).isEnabled) return null
  const { user } = await payload.auth({ headers: await headers() })
  return user ?? null
}
