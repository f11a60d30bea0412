import type { Payload } from 'payload'

import type { PromptKitCollectionKey } from '../types.js'

import { defaultSlugs } from '../defaults.js'
import { CUSTOM_KEY } from '../pluginOptions.js'

export type Slugs = Partial<Record<PromptKitCollectionKey, string>>

const onlyStrings = (slugs: unknown): Slugs =>
  Object.fromEntries(
    Object.entries(slugs && typeof slugs === 'object' ? slugs : {}).filter(([, slug]) => typeof slug === 'string' && slug),
  )

/**
 * Slugs the importer writes to: the caller's, else those the plugin stored in `config.custom`,
 * else the defaults. Read defensively: the importer may run against a config without the plugin's
 * custom entry (a host that calls it before the plugin stores its options, or a test).
 */
export const importSlugs = (payload: Payload, override?: Slugs): Record<'briefs' | 'topicalMaps', string> => {
  const stored = (payload.config.custom as Record<string, { slugs?: unknown } | undefined> | undefined)?.[CUSTOM_KEY]
  const slugs = { ...defaultSlugs, ...onlyStrings(stored?.slugs), ...onlyStrings(override) }
  return { briefs: slugs.briefs, topicalMaps: slugs.topicalMaps }
}
