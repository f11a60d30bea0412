import type { Field } from 'payload'

/** The live Pipeline panel in the article sidebar; a `ui` field, so nothing is stored. */
export const pipelinePanelField = (): Field => ({
  name: 'pipelinePanel',
  type: 'ui',
  admin: {
    components: { Field: 'payload-prompt-kit/client#PipelinePanel' },
    disableListColumn: true,
    position: 'sidebar',
  },
})
