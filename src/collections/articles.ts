import type { CollectionConfig } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { isLoggedIn, publishedOrLoggedIn } from '../access/isLoggedIn.js'
import { metaGroupField } from '../fields/metaGroupField.js'
import { articleHooks } from '../hooks/articleHooks.js'
import { promptKitGroup, tLabel } from '../i18n/labels.js'
import { articleFields } from './articleFields.js'
import { applyOverrides, mergeHooks } from './applyOverrides.js'

/** The plugin's own `articles` collection, used when the host names none of its own. */
export const createArticlesCollection = (options: ResolvedPromptKitOptions): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.articles,
      access: {
        create: isLoggedIn,
        delete: isLoggedIn,
        read: publishedOrLoggedIn,
        readVersions: isLoggedIn,
        update: isLoggedIn,
      },
      admin: {
        defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
        group: promptKitGroup,
        useAsTitle: 'title',
      },
      fields: articleFields(options),
      hooks: articleHooks(options),
      labels: { plural: tLabel('collectionArticlePlural'), singular: tLabel('collectionArticleSingular') },
      versions: { drafts: true, maxPerDoc: 50 },
    },
    options.overrides.articles,
  )

/**
 * Merge the article fields and hooks into a host collection (e.g. `posts`). The host's fields come
 * first and its hooks run before ours; its access, admin settings and labels are kept.
 */
export const mergeIntoHostCollection = (
  host: CollectionConfig,
  options: ResolvedPromptKitOptions,
): CollectionConfig =>
  applyOverrides(
    {
      ...host,
      fields: [
        ...host.fields.map((field) =>
          field.type === 'group' && 'name' in field && field.name === 'meta'
            ? metaGroupField(options.mediaCollection, field)
            : field,
        ),
        ...articleFields(options, host.fields),
      ],
      hooks: mergeHooks(host.hooks, articleHooks(options)),
      versions: host.versions ?? { drafts: true, maxPerDoc: 50 },
    },
    options.overrides.articles,
  )
