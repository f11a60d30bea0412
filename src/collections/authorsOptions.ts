import type { CollectionOverrides } from '../types.js'

/** Who writes the articles: the author fields and the collection the article's `author` relates to. */
export type AuthorsOptions = {
  /**
   * Slug of the authors' collection. Without `create`: an existing collection of the host that gets
   * the author fields (name, role, bio, url, sameAs, image). With `create`: the slug of the
   * collection the plugin adds.
   * @default the users collection (`admin.user`); 'authors' when `create` is true
   */
  collection?: string
  /**
   * Add a collection of author profiles (no logins) instead of extending an existing collection.
   * @default false
   */
  create?: boolean
  /** Change the author fields (`fields: ({ defaultFields })`) or, with `create`, the collection config. */
  overrides?: CollectionOverrides
}
