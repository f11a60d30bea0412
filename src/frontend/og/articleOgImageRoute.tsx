import type { SanitizedConfig } from 'payload'

import { ImageResponse } from 'next/og.js'
import { getPayload } from 'payload'

import { OG_CARD_SIZE } from '../getArticleMetadata.js'
import { OgCard } from './OgCard.js'
import { ogCardData } from './ogCardData.js'

export type ArticleOgImageRouteOptions = {
  /**
   * `Cache-Control` of the PNG. The page links the card with a `?v=` of the article's last change,
   * so a long lifetime is safe.
   * @default 'public, max-age=86400, stale-while-revalidate=604800'
   */
  cacheControl?: string
  /** The Payload config, e.g. `import config from '@payload-config'`. */
  config: Promise<SanitizedConfig> | SanitizedConfig
}

/** Next.js passes the dynamic segment of `app/.../[slug]/og-image/route.ts`. */
export type ArticleOgImageRouteContext = { params: Promise<{ slug: string }> }

const plain = (status: number, body: string) =>
  new Response(body, { headers: { 'cache-control': 'no-store', 'content-type': 'text/plain; charset=utf-8' }, status })

/**
 * A route handler (`export const GET = articleOgImageRoute({ config })`) answering the 1200×630
 * Open Graph card of a published article as PNG: its title, the site name and the author. Drawn
 * with `next/og` and its bundled font, so no network is needed; 404 for drafts and unknown slugs.
 */
export const articleOgImageRoute =
  ({ cacheControl = 'public, max-age=86400, stale-while-revalidate=604800', config }: ArticleOgImageRouteOptions) =>
  async (_request: Request, { params }: ArticleOgImageRouteContext): Promise<Response> => {
    const { slug } = await params
    const payload = await getPayload({ config })
    const card = await ogCardData(payload, slug)
    if (!card) return plain(404, 'No published article with this slug.')
    try {
      // Rendered before answering: a drawing error becomes a 500, not a 200 with a broken body.
      const png = await new ImageResponse(<OgCard {...card} />, OG_CARD_SIZE).arrayBuffer()
      return new Response(png, { headers: { 'cache-control': cacheControl, 'content-type': 'image/png' }, status: 200 })
    } catch (err) {
      payload.logger.error({ err, msg: `payload-prompt-kit: the Open Graph card of "${slug}" could not be drawn` })
      return plain(500, 'The card could not be drawn.')
    }
  }
