import type { AuthorInput } from './inputs.js'

import { sameAsUrls, text } from './values.js'

/** `@name` from `name`, `@name` or an x.com / twitter.com profile URL; undefined otherwise. */
export const twitterHandle = (value: unknown): string | undefined => {
  const raw = text(value)
  if (!raw) return undefined
  const fromUrl = /^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com\/@?(\w{1,15})\/?(?:[?#].*)?$/i.exec(raw)
  const name = fromUrl ? fromUrl[1] : /^@?(\w{1,15})$/.exec(raw)?.[1]
  // Reserved paths of the site itself, not accounts.
  return name && !['home', 'intent', 'share', 'i', 'search'].includes(name.toLowerCase()) ? `@${name}` : undefined
}

/** The author's handle, read from the first x.com / twitter.com URL in `sameAs`. */
export const authorTwitterHandle = (author: AuthorInput | undefined): string | undefined =>
  sameAsUrls(author?.sameAs).map((url) => (/^https?:\/\/[^/]*(?:x|twitter)\.com\//i.test(url) ? twitterHandle(url) : undefined)).find(Boolean)
