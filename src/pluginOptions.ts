import type { Payload } from 'payload'

import type { ResolvedPromptKitOptions } from './types.js'

/** Key under the (server-only) `config.custom` where the plugin keeps its resolved options. */
export const CUSTOM_KEY = 'promptKit'

/** The resolved options of the installed plugin; throws a helpful error when it is not installed. */
export const getPromptKitOptions = (payload: Payload): ResolvedPromptKitOptions => {
  const options = (payload.config.custom as Record<string, unknown> | undefined)?.[CUSTOM_KEY]
  if (!options) {
    throw new Error('payload-prompt-kit: the plugin is not installed; add promptKitPlugin() to `plugins` in your Payload config')
  }
  return options as ResolvedPromptKitOptions
}
