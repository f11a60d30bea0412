import type { Field } from 'payload'

/**
 * The live phase preview below a kit's phases; a `ui` field, so nothing is stored. The component
 * renders its own translated heading (a ui field's label cannot be a label function).
 */
export const kitPreviewField = (briefsSlug: string): Field => ({
  name: 'phasePreview',
  type: 'ui',
  admin: {
    components: { Field: 'payload-prompt-kit/client#KitPhasePreview' },
    // Read by the component: where to list briefs from (the slug is configurable).
    custom: { briefsSlug } satisfies KitPreviewCustom,
    disableListColumn: true,
  },
})

export type KitPreviewCustom = { briefsSlug: string }
