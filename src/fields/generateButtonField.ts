import type { Field } from 'payload'

/** "Generate article" in the brief sidebar: preview every prompt, then start a run. Stores nothing. */
export const generateButtonField = (articlesSlug: string): Field => ({
  name: 'generateArticle',
  type: 'ui',
  admin: {
    components: { Field: { clientProps: { articlesSlug }, path: 'payload-prompt-kit/client#GenerateArticle' } },
    disableListColumn: true,
    position: 'sidebar',
  },
})
