import type { Field } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { articleEditor } from '../lexical/articleEditor.js'
import { eeatField } from '../fields/eeatField.js'
import { faqField } from '../fields/faqField.js'
import { generatedJsonField } from '../fields/generatedJsonField.js'
import { imagePlanField } from '../fields/imagePlanField.js'
import { internalLinksField } from '../fields/internalLinksField.js'
import { jsonLdField } from '../fields/jsonLdField.js'
import { metaGroupField } from '../fields/metaGroupField.js'
import { phaseStateField } from '../fields/phaseStateField.js'
import { pipelinePanelField } from '../fields/pipelinePanelField.js'
import { proposalsField } from '../fields/proposalsField.js'
import { runGroupField } from '../fields/runGroupField.js'
import { slugField } from '../fields/slugField.js'
import { socialField } from '../fields/socialField.js'
import { publishOverrideField } from '../gate/publishOverrideField.js'

/** Names of the rich-text parts the writing phases fill, in page order. */
export const articleTextParts = ['introduction', 'body', 'conclusion'] as const

/**
 * The fields the plugin adds to an article collection. `existing` are the host collection's fields:
 * fields it already has (title, slug, meta from plugin-seo…) are not added twice.
 */
export const articleFields = (options: ResolvedPromptKitOptions, existing: Field[] = []): Field[] => {
  const { slugs } = options
  const present = new Set(existing.flatMap((f) => ('name' in f ? [f.name] : [])))
  const editor = articleEditor()

  const header: Field[] = [
    ...(present.has('title') ? [] : [{ name: 'title', type: 'text', required: true } as Field]),
    ...(present.has('slug') ? [] : [slugField('title')]),
    {
      name: 'brief',
      type: 'relationship',
      admin: { position: 'sidebar' },
      index: true,
      relationTo: slugs.briefs,
    },
    ...(present.has('author')
      ? []
      : [{ name: 'author', type: 'relationship', admin: { position: 'sidebar' }, relationTo: options.usersSlug } as Field]),
    ...(present.has('publishedAt')
      ? []
      : [
          {
            name: 'publishedAt',
            type: 'date',
            admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
          } as Field,
        ]),
    // No endpoints when disabled, so no panel either (a ui field has no column: the schema stays).
    ...(options.disabled ? [] : [pipelinePanelField()]),
    runGroupField(options.usersSlug),
    publishOverrideField(options.usersSlug),
  ]

  const tabs: Field = {
    type: 'tabs',
    tabs: [
      {
        fields: articleTextParts.map((name) => ({ name, type: 'richText', editor }) as Field),
        label: 'Content',
      },
      { fields: [faqField()], label: 'FAQ' },
      {
        // A host `meta` group (e.g. from plugin-seo) is extended in place by mergeIntoHostCollection.
        fields: [...(present.has('meta') ? [] : [metaGroupField(options.mediaCollection)]), jsonLdField()],
        label: 'SEO',
      },
      {
        fields: [
          generatedJsonField('outline', 'Outline', 'Headings with word targets and notes, from the outline phase.'),
          generatedJsonField('research', 'Research brief', 'Entities, statistics and sources to weave in.'),
          eeatField(),
          imagePlanField(),
          internalLinksField(options.articles.collection),
        ],
        label: 'Plan',
      },
      { fields: [socialField()], label: 'Distribution' },
      {
        fields: [
          generatedJsonField('seoReview', 'SEO review', 'The final audit: keywords, E-E-A-T gaps, readability, headings.'),
          phaseStateField(slugs.generations),
          proposalsField(slugs.generations),
        ],
        label: 'Review',
      },
    ],
  }

  return [...header, tabs]
}
