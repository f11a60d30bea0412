import type { CollectionConfig, Field } from 'payload'

import type { CollectionOverrides } from '../types.js'

/**
 * Build the final collection from the plugin's default config and the user's overrides:
 * `fields` receives the defaults, hooks are appended to ours rather than replacing them.
 */
export const applyOverrides = (
  collection: CollectionConfig,
  overrides: CollectionOverrides | undefined,
): CollectionConfig => {
  if (!overrides) return collection
  const { fields, hooks, ...rest } = overrides
  return {
    ...collection,
    ...rest,
    fields: fields ? fields({ defaultFields: collection.fields }) : collection.fields,
    hooks: mergeHooks(collection.hooks, hooks),
  }
}

type Hooks = NonNullable<CollectionConfig['hooks']>

/** Concatenate two hook maps; `first`'s hooks run first for every event. */
export const mergeHooks = (first: Hooks | undefined, second: Hooks | undefined): Hooks => {
  const merged: Record<string, unknown[]> = {}
  for (const source of [first, second]) {
    for (const [event, list] of Object.entries(source ?? {})) {
      merged[event] = [...(merged[event] ?? []), ...((list as unknown[]) ?? [])]
    }
  }
  return merged as Hooks
}

/** Names of the top-level data fields (looking through rows, collapsibles and unnamed tabs). */
export const topLevelFieldNames = (fields: Field[]): Set<string> => {
  const names = new Set<string>()
  const walk = (list: Field[]) => {
    for (const field of list) {
      if ('name' in field && field.name) names.add(field.name)
      else if (field.type === 'row' || field.type === 'collapsible') walk(field.fields)
      else if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) names.add(tab.name)
          else walk(tab.fields)
        }
      }
    }
  }
  walk(fields)
  return names
}
