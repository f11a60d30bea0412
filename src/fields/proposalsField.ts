import type { Field } from 'payload'

import { tLabel } from '../i18n/labels.js'

/**
 * New outputs the pipeline did not write because a person had edited the field: kept here until an
 * editor accepts (the value replaces the field) or rejects (the editor's text stays).
 */
export const proposalsField = (generationsSlug: string): Field => ({
  name: 'proposals',
  type: 'array',
  access: { update: () => false },
  admin: {
    description: tLabel('descProposals'),
    readOnly: true,
  },
  fields: [
    { name: 'phase', type: 'text', label: tLabel('fieldPhase'), required: true },
    { name: 'field', type: 'text', label: tLabel('fieldField'), required: true },
    { name: 'value', type: 'json', label: tLabel('fieldValue') },
    { name: 'generation', type: 'relationship', label: tLabel('fieldGeneration'), relationTo: generationsSlug },
    { name: 'createdAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: tLabel('fieldCreatedAt') },
  ],
  label: tLabel('fieldProposals'),
  labels: { plural: tLabel('fieldProposals'), singular: tLabel('fieldProposal') },
})
