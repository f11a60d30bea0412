/**
 * Slug of the article editor's code block (`CODE_BLOCK_SLUG` in src/lexical/articleEditor.ts), not
 * imported from there so a site's bundle stays free of the admin editor.
 */
export const CODE_BLOCK_SLUG = 'Code'

/** A `language-*` class name part: the stored language when it is a plain token, else `text`. */
export const codeLanguageClass = (language: unknown): string =>
  typeof language === 'string' && /^[a-z0-9][a-z0-9+#._-]*$/i.test(language) ? language.toLowerCase() : 'text'
