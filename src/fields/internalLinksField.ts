import type { Field } from 'payload'

import { tLabel } from '../i18n/labels.js'

/** Links to other articles; only links that resolve to an existing document are stored. */
export const internalLinksField = (articlesSlug: string): Field => ({
  name: 'internalLinks',
  type: 'array',
  fields: [
    { name: 'article', type: 'relationship', label: tLabel('fieldArticle'), relationTo: articlesSlug, required: true },
    { name: 'anchorText', type: 'text', label: tLabel('fieldAnchorText'), required: true },
    { name: 'placement', type: 'text', admin: { description: tLabel('descPlacementLink') }, label: tLabel('fieldPlacement') },
  ],
  label: tLabel('fieldInternalLinks'),
  labels: { plural: tLabel('fieldInternalLinks'), singular: tLabel('fieldInternalLink') },
})
