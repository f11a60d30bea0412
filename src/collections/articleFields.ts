import type { Field } from 'payload'

import type { PluginStringKey } from '../i18n/en.js'
import type { ResolvedPromptKitOptions } from '../types.js'

import { editorsOnly } from '../access/editorsOnly.js'
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
import { proposalsReviewField } from '../fields/proposalsReviewField.js'
import { seoReviewDismissedField } from '../fields/seoReviewDismissedField.js'
import { runGroupField } from '../fields/runGroupField.js'
import { slugField } from '../fields/slugField.js'
import { socialField } from '../fields/socialField.js'
import { publishOverrideField } from '../gate/publishOverrideField.js'
import { tLabel } from '../i18n/labels.js'
import { defaultKit } from '../kit/defaultKit.js'

/** Names of the rich-text parts the writing phases fill, in page order. */
export const articleTextParts = ['introduction', 'body', 'conclusion'] as const

const textPartLabels = {
  body: 'fieldBody',
  conclusion: 'fieldConclusion',
  introduction: 'fieldIntroduction',
} as const satisfies Record<(typeof articleTextParts)[number], PluginStringKey>

/** Only fields the host collection does not have already. */
const unlessPresent = (present: Set<string>, name: string, field: () => Field): Field[] =>
  present.has(name) ? [] : [field()]

/** Title, slug, brief, author and dates, the admin panels and the run (sidebar). */
const headerFields = (options: ResolvedPromptKitOptions, present: Set<string>): Field[] => {
  const { slugs } = options
  return [
    ...unlessPresent(present, 'title', () => ({
      name: 'title',
      type: 'text',
      label: tLabel('fieldTitle'),
      required: true,
    })),
    ...unlessPresent(present, 'slug', () => slugField('title')),
    {
      name: 'brief',
      type: 'relationship',
      admin: { position: 'sidebar' },
      index: true,
      label: tLabel('fieldBrief'),
      relationTo: slugs.briefs,
    },
    ...unlessPresent(present, 'author', () => ({
      name: 'author',
      type: 'relationship',
      admin: { position: 'sidebar' },
      label: tLabel('fieldAuthor'),
      relationTo: options.authors.collection,
    })),
    ...unlessPresent(present, 'publishedAt', () => ({
      name: 'publishedAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
      label: tLabel('fieldPublishedAt'),
    })),
    // No endpoints when disabled, so no panel either (a ui field has no column: the schema stays).
    ...(options.disabled
      ? []
      : [
          pipelinePanelField({
            briefsSlug: slugs.briefs,
            defaultKitSlug: defaultKit.slug,
            kitsSlug: slugs.promptKits,
          }),
          proposalsReviewField(),
        ]),
    editorsOnly(runGroupField(options.usersSlug)),
    publishOverrideField(options.usersSlug),
  ]
}

/** Content, FAQ, SEO, plan, distribution and review tabs. */
const articleTabs = (options: ResolvedPromptKitOptions, present: Set<string>): Field => {
  const editor = articleEditor()
  return {
    type: 'tabs',
    tabs: [
      {
        fields: articleTextParts.map(
          (name) => ({ name, type: 'richText', editor, label: tLabel(textPartLabels[name]) }) as Field,
        ),
        label: tLabel('tabContent'),
      },
      { fields: [faqField()], label: tLabel('tabFaq') },
      {
        // A host `meta` group (e.g. from plugin-seo) is extended in place by mergeIntoHostCollection.
        fields: [...(present.has('meta') ? [] : [metaGroupField(options.mediaCollection)]), jsonLdField()],
        label: tLabel('tabSeo'),
      },
      {
        fields: [
          editorsOnly(generatedJsonField('outline', 'fieldOutline', 'descOutline')),
          editorsOnly(generatedJsonField('research', 'fieldResearch', 'descResearch')),
          // Suggestions to verify and work into the text; the page renders none of it.
          editorsOnly(eeatField()),
          imagePlanField(options.images.collection),
          internalLinksField(options.articles.collection),
        ],
        label: tLabel('tabPlan'),
      },
      // Copy for other channels, not part of the page.
      { fields: [editorsOnly(socialField())], label: tLabel('tabDistribution') },
      {
        fields: [
          editorsOnly(generatedJsonField('seoReview', 'fieldSeoReview', 'descSeoReview')),
          editorsOnly(seoReviewDismissedField()),
          editorsOnly(phaseStateField(options.slugs.generations)),
          editorsOnly(proposalsField(options.slugs.generations)),
        ],
        label: tLabel('tabReview'),
      },
    ],
  }
}

/**
 * The fields the plugin adds to an article collection. `existing` are the host collection's fields:
 * fields it already has (title, slug, meta from plugin-seo…) are not added twice.
 *
 * Anonymous readers of a published article get what the page shows (title, slug, text, FAQ, meta,
 * JSON-LD, image plan, internal links, author, brief ID for the index); how the article was made
 * (run, phase states, proposals, outline, research, SEO review, E-E-A-T suggestions, social copy,
 * publish override) is `editorsOnly`.
 */
export const articleFields = (options: ResolvedPromptKitOptions, existing: Field[] = []): Field[] => {
  const present = new Set(existing.flatMap((f) => ('name' in f ? [f.name] : [])))
  return [...headerFields(options, present), articleTabs(options, present)]
}
