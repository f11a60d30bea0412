import type { GlobalConfig } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { createSiteSettingsGlobal } from './siteSettings.js'

/** The host's globals plus the site settings (registered even when the plugin is disabled: stable schema). */
export const withSiteSettings = (globals: GlobalConfig[] | undefined, options: ResolvedPromptKitOptions): GlobalConfig[] => [
  ...(globals ?? []),
  ...(options.siteSettings ? [createSiteSettingsGlobal(options, options.siteSettings.slug)] : []),
]
