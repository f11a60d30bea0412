import type { Field, FieldHook } from 'payload'

import type { PluginStringKey } from '../i18n/en.js'

import { tLabel } from '../i18n/labels.js'

const sourceLabels: Record<string, PluginStringKey | undefined> = { name: 'fieldName', title: 'fieldTitle' }

/** Lowercase, ASCII, hyphen-separated: "CI vs CD: What…" → "ci-vs-cd-what". */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)

const fillFromTitle =
  (sourceField: string): FieldHook =>
  ({ data, value }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[sourceField]
    return typeof source === 'string' && source.trim() ? slugify(source) : value
  }

/** A unique, indexed slug, filled from `sourceField` when left empty. */
export const slugField = (sourceField = 'title'): Field => ({
  name: 'slug',
  type: 'text',
  admin: {
    // The source field's own label when the plugin knows it, else its name.
    description: sourceLabels[sourceField]
      ? tLabel('descSlug', {}, { field: sourceLabels[sourceField] })
      : tLabel('descSlug', { field: sourceField }),
    position: 'sidebar',
  },
  hooks: { beforeValidate: [fillFromTitle(sourceField)] },
  index: true,
  label: tLabel('fieldSlug'),
  unique: true,
})
