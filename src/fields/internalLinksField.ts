import type { Field } from 'payload'

/** Links to other articles; only links that resolve to an existing document are stored. */
export const internalLinksField = (articlesSlug: string): Field => ({
  name: 'internalLinks',
  type: 'array',
  fields: [
    { name: 'article', type: 'relationship', relationTo: articlesSlug, required: true },
    { name: 'anchorText', type: 'text', required: true },
    { name: 'placement', type: 'text', admin: { description: 'Heading the link goes under.' } },
  ],
})
