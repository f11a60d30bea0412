import type { Field, GroupField } from 'payload'

import { tLabel } from '../i18n/labels.js'

/** Hard limits the editor sees as validation errors; the prompt aims at the narrower SEO targets. */
export const metaLimits = {
  description: { max: 160, min: 70, target: [148, 155] },
  ogDescription: { max: 200 },
  ogTitle: { max: 70 },
  title: { max: 60, min: 30, target: [55, 60] },
} as const

const maxLength =
  (max: number) =>
  (value: null | string | undefined): string | true =>
    !value || value.length <= max ? true : `At most ${max} characters (now ${value.length}).`

/** Our meta sub-fields. `image` is an upload when a media collection is configured, else a URL. */
export const metaSubFields = (mediaCollection?: string): Field[] => [
  {
    name: 'title',
    type: 'text',
    admin: { description: tLabel('descMetaTitle', { range: metaLimits.title.target.join('–') }) },
    label: tLabel('fieldMetaTitle'),
    validate: maxLength(120),
  },
  {
    name: 'description',
    type: 'textarea',
    admin: { description: tLabel('descMetaDescription', { range: metaLimits.description.target.join('–') }) },
    label: tLabel('fieldMetaDescription'),
    validate: maxLength(320),
  },
  {
    name: 'ogTitle',
    type: 'text',
    label: tLabel('fieldOgTitle'),
    validate: maxLength(metaLimits.ogTitle.max),
  },
  {
    name: 'ogDescription',
    type: 'textarea',
    label: tLabel('fieldOgDescription'),
    validate: maxLength(metaLimits.ogDescription.max),
  },
  mediaCollection
    ? { name: 'image', type: 'upload', label: tLabel('fieldImage'), relationTo: mediaCollection }
    : { name: 'image', type: 'text', admin: { description: tLabel('descImageUrl') }, label: tLabel('fieldImage') },
  { name: 'imageAlt', type: 'text', label: tLabel('fieldImageAlt') },
]

const named = (field: Field): string | undefined => ('name' in field ? field.name : undefined)

/**
 * The `meta` group. When the collection already has one (e.g. from @payloadcms/plugin-seo, listed
 * before this plugin), its fields are kept and only ours that it lacks are appended.
 */
export const metaGroupField = (mediaCollection?: string, existing?: GroupField): GroupField => {
  const ours = metaSubFields(mediaCollection)
  if (!existing) {
    return { name: 'meta', type: 'group', fields: ours, label: tLabel('fieldMeta') }
  }
  const taken = new Set(existing.fields.map(named))
  return { ...existing, fields: [...existing.fields, ...ours.filter((f) => !taken.has(named(f)))] }
}
