type Row = { anchorText?: unknown; article?: unknown; newArticle?: unknown; placement?: unknown }

const idText = (value: unknown): string => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'string' || typeof id === 'number' ? String(id) : '?'
}

/** One related link as an editor reads it: “anchor” → target, under “heading”. */
const rowLine = (row: Row): string => {
  const target =
    typeof row.newArticle === 'string' && row.newArticle ? row.newArticle : `article ${idText(row.article)}`
  const under = typeof row.placement === 'string' && row.placement ? `, under “${row.placement}”` : ''
  return `“${typeof row.anchorText === 'string' ? row.anchorText : ''}” → ${target}${under}`
}

/**
 * `internalLinks` rows as one line each, for the word diff of a backlink proposal: the same line
 * for the same link whatever order the database keeps JSON keys in, and the new row led by the
 * new article's title and path. No server imports: the admin's proposal card uses it.
 */
export const backlinkRowsText = (value: unknown): string =>
  (Array.isArray(value) ? (value as Row[]) : []).map((row) => rowLine(row ?? {})).join('\n')
