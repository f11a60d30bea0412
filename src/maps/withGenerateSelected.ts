import type { CollectionConfig } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

/**
 * The briefs list gets *Generate selected* above its table: it reads the list's row selection and
 * opens the map drawer for the selected briefs (they must share a topical map). Host components
 * in `beforeListTable` are kept, ours comes last. Nothing when generation is turned off.
 */
export const withGenerateSelected = (
  briefs: CollectionConfig,
  options: ResolvedPromptKitOptions,
): CollectionConfig => {
  if (options.disabled) return briefs
  const own = {
    clientProps: { briefsSlug: options.slugs.briefs, topicalMapsSlug: options.slugs.topicalMaps },
    path: 'payload-prompt-kit/client#MapGenerateSelected',
  }
  const components = briefs.admin?.components ?? {}
  return {
    ...briefs,
    admin: {
      ...briefs.admin,
      components: { ...components, beforeListTable: [...(components.beforeListTable ?? []), own] },
    },
  }
}
