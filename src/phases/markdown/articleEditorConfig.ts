import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

import { editorConfigFactory } from '@payloadcms/richtext-lexical'

import { articleEditor } from '../../lexical/articleEditor.js'

// Sanitizing loads every feature; once per Payload config (one per instance) is enough.
const cache = new WeakMap<SanitizedConfig, Promise<SanitizedServerEditorConfig>>()

/** The sanitized config of the article editor (with its code block), for converting markdown. */
export const articleEditorConfig = (config: SanitizedConfig): Promise<SanitizedServerEditorConfig> => {
  let pending = cache.get(config)
  if (!pending) {
    pending = editorConfigFactory.fromEditor({ config, editor: articleEditor() })
    // A failed attempt is not cached, so the next call tries again.
    pending.catch(() => cache.delete(config))
    cache.set(config, pending)
  }
  return pending
}
