import type { Field } from 'payload'

import { tLabel } from '../i18n/labels.js'

/** Name of the group an admin fills to publish despite failed checks. */
export const PUBLISH_OVERRIDE = 'publishOverride'

/** Set by the gate only: clients can neither create nor change them (the Local API can, as always). */
const recordedOnly = { create: () => false, update: () => false }

/**
 * An admin's written reason to publish although the pre-publish checklist fails. `by` and `at` are
 * recorded by the gate when the override is used; a used reason does not apply to later publishes.
 */
export const publishOverrideField = (usersSlug: string): Field => ({
  name: PUBLISH_OVERRIDE,
  type: 'group',
  // The reason is editorial business, not for anonymous readers of a published article.
  access: { read: ({ req }) => Boolean(req.user) },
  admin: {
    description: tLabel('descPublishOverride'),
    position: 'sidebar',
  },
  fields: [
    { name: 'reason', type: 'textarea', label: tLabel('fieldOverrideReason') },
    {
      name: 'by',
      type: 'relationship',
      access: recordedOnly,
      admin: { readOnly: true },
      label: tLabel('fieldOverrideBy'),
      relationTo: usersSlug,
    },
    {
      name: 'at',
      type: 'date',
      access: recordedOnly,
      admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true },
      label: tLabel('fieldOverrideAt'),
    },
  ],
  label: tLabel('fieldPublishOverride'),
})
