import type { Field } from 'payload'

/** The site settings global: publisher, default author and images, social handles. */
export type SiteSettingsOptions = {
  /** Change the global's fields. */
  fields?: (args: { defaultFields: Field[] }) => Field[]
  /**
   * Slug of the global.
   * @default 'site-settings'
   */
  slug?: string
}
