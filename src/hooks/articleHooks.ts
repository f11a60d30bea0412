import type { CollectionConfig } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { humanEditHook } from './humanEditHook.js'
import { publishGateHook } from './publishGateHook.js'
import { revalidateAfterChangeHook, revalidateAfterDeleteHook } from './revalidateHook.js'
import { syncJsonLdHook } from './syncJsonLdHook.js'

/**
 * Hooks the plugin adds to the article collection (its own or the host's). Behaviour hooks are left
 * out when the plugin is disabled, so the schema stays but nothing runs.
 */
export const articleHooks = (options: ResolvedPromptKitOptions): NonNullable<CollectionConfig['hooks']> => {
  if (options.disabled) return {}
  return {
    // Edits are noted before anything else reshapes the data; JSON-LD next: the gate checks the FAQPage it rebuilds.
    beforeChange: [humanEditHook(options), syncJsonLdHook(options), publishGateHook(options)],
    // Refresh the public site (options.site.revalidate) once a published page changes.
    afterChange: [revalidateAfterChangeHook(options)],
    afterDelete: [revalidateAfterDeleteHook(options)],
  }
}
