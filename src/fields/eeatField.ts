import type { Field } from 'payload'

import { tLabel, tOptions } from '../i18n/labels.js'

export const eeatKinds = ['quote', 'study', 'experience'] as const

/**
 * The E-E-A-T ledger: expert quotes, studies and first-person notes. LLM suggestions are stored
 * unverified; an item appears on the page only once an editor ticked `verified` and it is complete
 * (`publishableEeat`). The rest stay here, never rendered, listed by the gate as warnings.
 */
export const eeatField = (): Field => ({
  name: 'eeat',
  type: 'array',
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: tLabel('fieldKind'),
      options: tOptions(eeatKinds, { experience: 'optionEeatExperience', quote: 'optionEeatQuote', study: 'optionEeatStudy' }),
      required: true,
    },
    { name: 'text', type: 'textarea', label: tLabel('fieldText'), required: true },
    {
      name: 'attribution',
      type: 'text',
      admin: { description: tLabel('descAttribution') },
      label: tLabel('fieldAttribution'),
    },
    { name: 'sourceUrl', type: 'text', label: tLabel('fieldSourceUrl') },
    { name: 'placement', type: 'text', admin: { description: tLabel('descPlacementEeat') }, label: tLabel('fieldPlacement') },
    { name: 'requiresPermission', type: 'checkbox', defaultValue: false, label: tLabel('fieldRequiresPermission') },
    {
      name: 'verified',
      type: 'checkbox',
      admin: { description: tLabel('descVerified') },
      defaultValue: false,
      label: tLabel('fieldVerified'),
    },
  ],
  label: tLabel('fieldEeat'),
  labels: { plural: tLabel('fieldEeatItems'), singular: tLabel('fieldEeatItem') },
})
