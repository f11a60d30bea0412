import type { Field } from 'payload'

import type { KitVersionSlugs } from '../components/useKitVersions.js'

/**
 * The live Pipeline panel in the article sidebar; a `ui` field, so nothing is stored. Its Kit
 * version select reads briefs and kit versions over REST, hence the slugs.
 */
export const pipelinePanelField = (slugs: KitVersionSlugs): Field => ({
  name: 'pipelinePanel',
  type: 'ui',
  admin: {
    components: { Field: { clientProps: slugs, path: 'payload-prompt-kit/client#PipelinePanel' } },
    disableListColumn: true,
    position: 'sidebar',
  },
})
