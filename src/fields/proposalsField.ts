import type { Field } from 'payload'

/**
 * New outputs the pipeline did not write because a person had edited the field: kept here until an
 * editor accepts (the value replaces the field) or rejects (the editor's text stays).
 */
export const proposalsField = (generationsSlug: string): Field => ({
  name: 'proposals',
  type: 'array',
  access: { update: () => false },
  admin: {
    description: 'Regenerated output waiting for review, for fields edited by a person.',
    readOnly: true,
  },
  fields: [
    { name: 'phase', type: 'text', required: true },
    { name: 'field', type: 'text', required: true },
    { name: 'value', type: 'json' },
    { name: 'generation', type: 'relationship', relationTo: generationsSlug },
    { name: 'createdAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
  label: 'Proposals',
})
