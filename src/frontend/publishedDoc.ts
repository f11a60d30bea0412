/** A populated relationship: Payload leaves an ID (or null) when the reader may not see the doc. */
export type LinkedDoc = { _status?: null | string; slug?: null | string }

/**
 * The target when it is populated, has a slug and is not a draft. With `overrideAccess: false`
 * an anonymous read populates published documents only; the status check also covers reads that
 * bypass access.
 */
export const publishedDoc = (value: unknown): (LinkedDoc & { slug: string }) | undefined => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
  const doc = value as LinkedDoc
  if (typeof doc.slug !== 'string' || doc.slug === '') return undefined
  return doc._status === 'draft' ? undefined : (doc as LinkedDoc & { slug: string })
}
