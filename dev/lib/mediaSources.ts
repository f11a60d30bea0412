import type { sitePayload } from './sitePayload.js'

type Payload = Awaited<ReturnType<typeof sitePayload>>

/**
 * URLs of produced images by filename: an image-plan entry shows its upload once one with that
 * filename exists in the media collection, and a placeholder until then.
 */
export const mediaSources = async (
  payload: Payload,
  mediaCollection: string | undefined,
  filenames: string[],
): Promise<Map<string, string>> => {
  const wanted = [...new Set(filenames.filter(Boolean))]
  if (!mediaCollection || !wanted.length) return new Map()
  const { docs } = await payload.find({
    collection: mediaCollection,
    depth: 0,
    overrideAccess: false,
    pagination: false,
    select: { filename: true, url: true },
    where: { filename: { in: wanted } },
  })
  return new Map(
    docs.flatMap((doc) => {
      const { filename, url } = doc as { filename?: null | string; url?: null | string }
      return filename && url ? [[filename, url] as const] : []
    }),
  )
}
