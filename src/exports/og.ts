// Open Graph cards for Next.js sites (`payload-prompt-kit/og`); needs `next` (its `next/og`).
export { articleOgImageRoute } from '../frontend/og/articleOgImageRoute.js'
export type { ArticleOgImageRouteContext, ArticleOgImageRouteOptions } from '../frontend/og/articleOgImageRoute.js'
export { OgCard } from '../frontend/og/OgCard.js'
export type { OgCardProps } from '../frontend/og/OgCard.js'
export { ogCardData } from '../frontend/og/ogCardData.js'
