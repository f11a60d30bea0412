import config from '@payload-config'
import { articleOgImageRoute } from 'payload-prompt-kit/og'

/**
 * The article's Open Graph card, 1200×630 PNG (its og:image, twitter:image and JSON-LD image
 * unless it has an image of its own). Drawn on request with next/og's bundled font: no network.
 */
export const GET = articleOgImageRoute({ config })
