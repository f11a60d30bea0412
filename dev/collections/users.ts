import type { Access, CollectionConfig, FieldAccess, FieldHook, PayloadRequest } from 'payload'

import { defaultIsGateAdmin } from 'payload-prompt-kit'

/** Admins manage users and may override the pre-publish checks; editors write and publish. */
export const userRoles = ['admin', 'editor'] as const
export type UserRole = (typeof userRoles)[number]

/** The plugin's own rule (`gate.isAdmin`'s default: `roles` includes 'admin'), so both always agree. */
const isAdmin = (req: PayloadRequest): boolean => Boolean(req.user && defaultIsGateAdmin(req.user))

const adminOnly: Access = ({ req }) => isAdmin(req)
const adminOrSelf: Access = ({ req }) => isAdmin(req) || (req.user ? { id: { equals: req.user.id } } : false)
/** Only an admin may set roles: an editor's own `roles` in a save are dropped, so nobody promotes themself. */
const adminOnlyField: FieldAccess = ({ req }) => isAdmin(req)

/**
 * The first user of an empty database (the create-first-user form) becomes an admin, so someone can
 * grant roles; everyone an admin creates gets the roles the admin chose, `editor` by default.
 */
const firstUserIsAdmin: FieldHook = async ({ collection, operation, req, value }) => {
  if (operation !== 'create' || !collection) return value
  const { totalDocs } = await req.payload.count({ collection: collection.slug, overrideAccess: true, req })
  if (totalDocs > 0) return value
  const roles: string[] = Array.isArray(value) ? value : []
  return roles.includes('admin') ? roles : ['admin', ...roles]
}

/** The dev app's users: email login, a display name, and roles. */
export const usersCollection: CollectionConfig = {
  slug: 'users',
  access: { create: adminOnly, delete: adminOnly, unlock: adminOnly, update: adminOrSelf },
  admin: { defaultColumns: ['email', 'name', 'roles'], useAsTitle: 'email' },
  auth: true,
  fields: [
    { name: 'name', type: 'text', label: { de: 'Name', en: 'Name' } },
    {
      name: 'roles',
      type: 'select',
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: {
        description: {
          de: 'Admins verwalten Nutzer und dürfen die Prüfungen vor der Veröffentlichung mit Begründung übergehen. Nur Admins ändern Rollen.',
          en: 'Admins manage users and may override the pre-publish checks with a reason. Only admins change roles.',
        },
      },
      defaultValue: ['editor'],
      hasMany: true,
      hooks: { beforeChange: [firstUserIsAdmin] },
      label: { de: 'Rollen', en: 'Roles' },
      options: [
        { label: { de: 'Admin', en: 'Admin' }, value: 'admin' },
        { label: { de: 'Redaktion', en: 'Editor' }, value: 'editor' },
      ],
      // In the token too, so access checks that read the JWT's user see the roles.
      saveToJWT: true,
    },
  ],
}
