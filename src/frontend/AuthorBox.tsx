import { authorProfile } from './authorProfile.js'

export type AuthorBoxProps = {
  /** The populated author document; an ID, null or a nameless doc renders nothing. */
  author: unknown
  /** @default 'About the author' */
  label?: string
  /** URL to show instead of the photo upload's own (e.g. a 96 px variant). */
  photoSrc?: string
  /** Resized variants of the photo (`url 1x, url 2x`), e.g. from Next's `getImageProps`. */
  photoSrcSet?: string
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}

/**
 * "About the author" (server component): photo, name (linked to their page), role, bio and their
 * profiles elsewhere (`sameAs`, `rel="me"`). The E-E-A-T box a reader and a search engine look for.
 */
export const AuthorBox = ({ author, label = 'About the author', photoSrc, photoSrcSet }: AuthorBoxProps) => {
  const profile = authorProfile(author)
  if (!profile) return null
  const { bio, image, name, role, sameAs, url } = profile
  return (
    <aside aria-label={label} className="ppk-author-box">
      {image ? (
        <img
          alt={image.alt}
          className="ppk-author-photo"
          decoding="async"
          height={96}
          loading="lazy"
          src={photoSrc || image.url}
          srcSet={photoSrcSet || undefined}
          width={96}
        />
      ) : null}
      <div className="ppk-author-text">
        <p className="ppk-author-label">{label}</p>
        <p className="ppk-author-name">{url ? <a href={url} rel="author">{name}</a> : name}</p>
        {role ? <p className="ppk-author-role">{role}</p> : null}
        {bio ? <p className="ppk-author-bio">{bio}</p> : null}
        {sameAs.length ? (
          <ul className="ppk-author-links">
            {sameAs.map((link) => (
              <li key={link}>
                <a href={link} rel="me noopener">
                  {hostOf(link)}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </aside>
  )
}
