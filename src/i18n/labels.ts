import type { LabelFunction } from 'payload'

import type { PluginStringKey } from './en.js'

import { de } from './de.js'
import { en } from './en.js'
import { NAMESPACE } from './translations.js'

type Vars = Record<string, number | string>
type LooseT = (key: string, vars?: Vars) => string

/** Payload's `t` is typed to its own keys; the plugin's live under `promptKit:`. */
const translate = (t: unknown, key: PluginStringKey, vars?: Vars): string => (t as LooseT)(`${NAMESPACE}:${key}`, vars)

/**
 * A label or admin description Payload translates in the user's language (it calls the function
 * with the request's `t`, so a host's translation of the key wins). `vars` may hold translation
 * keys to translate first, e.g. the name of another field.
 */
export const tLabel =
  (key: PluginStringKey, vars?: Vars, translatedVars?: Record<string, PluginStringKey>): LabelFunction =>
  ({ t }) => {
    const filled: Vars = { ...vars }
    for (const [name, varKey] of Object.entries(translatedVars ?? {})) filled[name] = translate(t, varKey)
    return translate(t, key, filled)
  }

/** Select options in the order of `values`, each labelled by its translation key in `keys`. */
export const tOptions = <V extends string>(values: readonly V[], keys: Record<V, PluginStringKey>) =>
  values.map((value) => ({ label: tLabel(keys[value]), value }))

/**
 * A per-language record for the few places Payload accepts no label function (a collection's
 * sidebar `group`). plugin.ts replaces it with the host's wording when the host translates the key.
 */
export const staticLabel = (key: PluginStringKey): Record<string, string> => ({ de: de[key], en: en[key] })

/** The sidebar group of the plugin's collections; plugin.ts recognises it by identity. */
export const promptKitGroup = staticLabel('groupPromptKit')
