import type { Field } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { tLabel } from '../i18n/labels.js'

/**
 * The topical map's generation fields: *Generate all* in the sidebar (forecast, start, live
 * progress; stores nothing) and the default map-level budget a batch uses when the call gives none.
 */
export const mapGenerationFields = (options: ResolvedPromptKitOptions): Field[] => [
  // No endpoints when disabled, so no button either.
  ...(options.disabled
    ? []
    : [
        {
          name: 'generateMap',
          type: 'ui',
          admin: {
            components: {
              Field: {
                clientProps: { briefsSlug: options.slugs.briefs },
                path: 'payload-prompt-kit/client#MapGenerateAll',
              },
            },
            disableListColumn: true,
            position: 'sidebar',
          },
        } satisfies Field,
      ]),
  {
    name: 'generationBudget',
    type: 'group',
    admin: { description: tLabel('mapBudgetDescription'), position: 'sidebar' },
    fields: [
      { name: 'maxCostUsd', type: 'number', label: tLabel('mapBudgetMaxCost'), min: 0 },
      { name: 'maxTokens', type: 'number', label: tLabel('mapBudgetMaxTokens'), min: 0 },
    ],
    label: tLabel('mapBudgetLabel'),
  },
]
