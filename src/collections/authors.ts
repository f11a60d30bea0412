import type { CollectionConfig } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { isLoggedIn } from '../access/isLoggedIn.js'
import { promptKitGroup } from '../i18n/labels.js'
import { applyOverrides, topLevelFieldNames } from './applyOverrides.js'
import { authorFields, enDe } from './authorFields.js'

/**
 * The plugin's `authors` collection (`authors.create: true`): public profiles without logins, so
 * guest writers and former staff can sign articles. Anyone may read them: the page shows them.
 */
export const createAuthorsCollection = (options: ResolvedPromptKitOptions): CollectionConfig =>
  applyOverrides(
    {
      slug: options.authors.collection,
      access: { create: isLoggedIn, delete: isLoggedIn, read: () => true, update: isLoggedIn },
      admin: { defaultColumns: ['name', 'role', 'updatedAt'], group: promptKitGroup, useAsTitle: 'name' },
      fields: authorFields({ isLoginCollection: false, mediaCollection: options.mediaCollection }),
      labels: { plural: enDe('Authors', 'Autoren'), singular: enDe('Author', 'Autor') },
    },
    options.authors.overrides,
  )

/**
 * A host collection (the users by default) with the author fields it does not have yet appended;
 * its own fields, access and hooks are kept. `authors.overrides.fields` sees only the added fields.
 */
export const withAuthorFields = (host: CollectionConfig, options: ResolvedPromptKitOptions): CollectionConfig => {
  const present = topLevelFieldNames(host.fields)
  const ours = authorFields({ isLoginCollection: Boolean(host.auth), mediaCollection: options.mediaCollection }).filter(
    (field) => !('name' in field && present.has(field.name)),
  )
  const added = options.authors.overrides?.fields ? options.authors.overrides.fields({ defaultFields: ours }) : ours
  return { ...host, fields: [...host.fields, ...added] }
}

/** `collection` with the author fields when it is the host collection authors live in. */
export const withAuthorFieldsWhenAuthors = (collection: CollectionConfig, options: ResolvedPromptKitOptions): CollectionConfig =>
  !options.authors.create && collection.slug === options.authors.collection ? withAuthorFields(collection, options) : collection
