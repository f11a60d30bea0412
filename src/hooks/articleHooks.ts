import type { CollectionConfig } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { syncJsonLdHook } from './syncJsonLdHook.js'

/**
 * Hooks the plugin adds to the article collection (its own or the host's). Behaviour hooks are left
 * out when the plugin is disabled, so the schema stays but nothing runs.
 */
export const articleHooks = (options: ResolvedPromptKitOptions): NonNullable<CollectionConfig['hooks']> => {
  if (options.disabled) return {}
  return {
    beforeChange: [syncJsonLdHook(options)],
  }
}
