import type { HeadingAnchor } from './headingAnchors.js'

export type ArticleTocProps = {
  /** `headingAnchors(...)` flattened, plus any section of your own (e.g. `{ id: 'faq', level: 2, text: 'FAQ' }`). */
  headings: HeadingAnchor[]
  /** @default 'Contents' */
  label?: string
  /** Fewer H2/H3s than this render nothing: a contents list for one section is noise. @default 2 */
  minEntries?: number
}

type TocNode = { children: HeadingAnchor[]; entry: HeadingAnchor }

/** H2s with the H3s that follow them; an H3 before any H2 becomes a top-level entry. */
const nest = (headings: HeadingAnchor[]): TocNode[] => {
  const tree: TocNode[] = []
  for (const heading of headings) {
    const parent = tree[tree.length - 1]
    if (heading.level === 3 && parent && parent.entry.level === 2) parent.children.push(heading)
    else tree.push({ children: [], entry: heading })
  }
  return tree
}

/**
 * Table of contents (server component): a `<nav>` with an ordered list of links to the H2s and,
 * nested, their H3s. Ids must be the ones the headings render with (`headingAnchors`).
 */
export const ArticleToc = ({ headings, label = 'Contents', minEntries = 2 }: ArticleTocProps) => {
  const entries = headings.filter((h) => (h.level === 2 || h.level === 3) && h.text.trim() !== '')
  if (entries.length < minEntries) return null
  return (
    <nav aria-label={label} className="ppk-toc">
      <p className="ppk-toc-title">{label}</p>
      <ol>
        {nest(entries).map(({ children, entry }) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.text}</a>
            {children.length ? (
              <ol>
                {children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`}>{child.text}</a>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  )
}
