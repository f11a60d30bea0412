import type { Metadata } from 'next'

import { notFound } from 'next/navigation.js'
import { getArticleMetadata } from 'payload-prompt-kit'

import { loadArticlePage } from '../../../../lib/loadArticlePage.js'
import { siteIdentity } from '../../_site/siteIdentity.js'
import { ArticleView } from './ArticleView.js'

type Props = { params: Promise<{ slug: string }> }

// Nothing is rendered at build time (no database there): each article renders on its first
// request and is cached until the plugin's afterChange hook revalidates its path.
export const dynamicParams = true
export const generateStaticParams = async (): Promise<Array<{ slug: string }>> => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const page = await loadArticlePage((await params).slug)
  if (!page) notFound()
  const metadata: Metadata = getArticleMetadata(page.article, page.site)
  // A draft preview must never be indexed, even if its URL leaks.
  return page.preview ? { ...metadata, robots: { follow: false, index: false } } : metadata
}

const ArticlePage = async ({ params }: Props) => {
  const page = await loadArticlePage((await params).slug)
  if (!page) notFound()
  const { lang } = await siteIdentity()
  return <ArticleView {...page} locale={lang} />
}

export default ArticlePage
