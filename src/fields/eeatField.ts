import type { Field } from 'payload'

export const eeatKinds = ['quote', 'study', 'experience'] as const

/**
 * Expert quotes, studies and first-person templates. LLM suggestions are stored unverified: an
 * editor checks the source and ticks `verified` before they may be published.
 */
export const eeatField = (): Field => ({
  name: 'eeat',
  type: 'array',
  fields: [
    { name: 'kind', type: 'select', options: [...eeatKinds], required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'attribution', type: 'text', admin: { description: 'Speaker and credentials, or publisher and year.' } },
    { name: 'sourceUrl', type: 'text', label: 'Source URL' },
    { name: 'placement', type: 'text', admin: { description: 'Heading it belongs under.' } },
    { name: 'requiresPermission', type: 'checkbox', defaultValue: false },
    {
      name: 'verified',
      type: 'checkbox',
      admin: { description: 'Ticked by an editor who checked the source.' },
      defaultValue: false,
    },
  ],
  label: 'E-E-A-T signals',
  labels: { plural: 'E-E-A-T items', singular: 'E-E-A-T item' },
})
