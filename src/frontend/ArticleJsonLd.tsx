import { serializeJsonLd } from './serializeJsonLd.js'

export type ArticleJsonLdProps = {
  /** The structured data, e.g. the article's stored `jsonLd` or `buildArticleJsonLd(...)`. */
  data: unknown
  /** CSP nonce for the script tag. */
  nonce?: string
}

/**
 * `<script type="application/ld+json">` (server component). The only place the site writes raw
 * markup: `serializeJsonLd` escapes `<`, `>` and `&`, so no article or LLM text can end the tag.
 */
export const ArticleJsonLd = ({ data, nonce }: ArticleJsonLdProps) =>
  data && typeof data === 'object' ? (
    <script dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} nonce={nonce} type="application/ld+json" />
  ) : null
