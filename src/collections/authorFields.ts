import type { Field, TextFieldSingleValidation } from 'payload'

const isHttpUrl = (value: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

/** Empty, or an absolute http(s) URL: it is published in JSON-LD and links. */
export const httpUrl: TextFieldSingleValidation = (value) =>
  !value || isHttpUrl(value) ? true : 'Enter an absolute URL starting with https://'

/** A custom `validate` replaces Payload's `required` check, so a required URL checks both. */
const requiredHttpUrl: TextFieldSingleValidation = (value, args) => (value ? httpUrl(value, args) : 'Enter a URL')

/** English and German wording; Payload shows the user's language (a host translation needs `overrides`). */
export const enDe = (en: string, de: string): Record<string, string> => ({ de, en })

/** An upload when the host has a media collection, otherwise the image's URL as text. */
export const imageField = (
  name: string,
  label: Record<string, string>,
  mediaCollection: string | undefined,
  description?: Record<string, string>,
): Field =>
  mediaCollection
    ? { name, type: 'upload', ...(description ? { admin: { description } } : {}), label, relationTo: mediaCollection }
    : { name, type: 'text', admin: { description: description ?? enDe('Absolute image URL', 'Absolute Bild-URL') }, label, validate: httpUrl }

/** A list of profile URLs (`sameAs` in schema.org): social profiles, Wikipedia, a company page. */
export const sameAsField = (description: Record<string, string>): Field => ({
  name: 'sameAs',
  type: 'array',
  admin: { description, initCollapsed: true },
  fields: [{ name: 'url', type: 'text', label: enDe('URL', 'URL'), required: true, validate: requiredHttpUrl }],
  label: enDe('Profiles elsewhere (sameAs)', 'Profile anderswo (sameAs)'),
  labels: { plural: enDe('Profiles', 'Profile'), singular: enDe('Profile', 'Profil') },
})

/**
 * In a login collection the author's `role` sits beside the user's permissions; a gate that reads
 * `role === 'admin'` must not be reachable by typing a job title.
 */
const notAPermission: TextFieldSingleValidation = (value) =>
  typeof value === 'string' && value.trim().toLowerCase() === 'admin' ? 'Describe the job (e.g. "Site administrator"), not a permission' : true

/**
 * What the site publishes about an author: byline, author box, the JSON-LD Person (name, jobTitle,
 * description, url, sameAs, image) and twitter:creator (an x.com / twitter.com URL in `sameAs`).
 */
export const authorFields = ({ isLoginCollection, mediaCollection }: { isLoginCollection: boolean; mediaCollection?: string }): Field[] => [
  { name: 'name', type: 'text', label: enDe('Name', 'Name') },
  {
    name: 'role',
    type: 'text',
    admin: { description: enDe('Shown under the name, e.g. "Senior Python engineer"', 'Unter dem Namen, z. B. „Senior Python Engineer“') },
    label: enDe('Role', 'Rolle'),
    ...(isLoginCollection ? { validate: notAPermission } : {}),
  },
  {
    name: 'bio',
    type: 'textarea',
    admin: { description: enDe('Two or three sentences: experience and credentials', 'Zwei, drei Sätze: Erfahrung und Qualifikation') },
    label: enDe('Short bio', 'Kurzbiografie'),
    maxLength: 600,
  },
  { name: 'url', type: 'text', admin: { description: enDe('Profile page', 'Profilseite') }, label: enDe('Profile URL', 'Profil-URL'), validate: httpUrl },
  sameAsField(enDe('LinkedIn, GitHub, X, Mastodon…', 'LinkedIn, GitHub, X, Mastodon…')),
  imageField('image', enDe('Photo', 'Foto'), mediaCollection),
]

/** Public author fields: the only ones a page may read (never an email or a login field). */
export const PUBLIC_AUTHOR_FIELDS = ['name', 'role', 'bio', 'url', 'sameAs', 'image'] as const
