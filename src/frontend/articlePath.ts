/** Where an article lives on a site. */
export type ArticlePath = (article: { slug?: null | string }) => string

/** `/articles/<slug>`: the plugin's default `site.articlePath`. */
export const defaultArticlePath: ArticlePath = (article) => `/articles/${article.slug ?? ''}`
