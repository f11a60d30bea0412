import type { EeatRow } from './publishableEeat.js'

import { publishableEeat } from './publishableEeat.js'
import { safeHref } from './safeHref.js'

export type ArticleEvidenceProps = {
  /** Rows of the article's `eeat` ledger; only verified, complete ones are rendered. */
  items: null | readonly (EeatRow | null | undefined)[] | undefined
  /** Words before a study's source link. @default 'Source:' */
  sourceLabel?: string
}

const EvidenceItem = ({ item, sourceLabel }: { item: EeatRow; sourceLabel: string }) => {
  const text = item.text!.trim()
  const attribution = item.attribution?.trim()
  const href = safeHref(item.sourceUrl)
  if (item.kind === 'quote') {
    return (
      <figure className="eeat-quote">
        <blockquote cite={href}>
          <p>{text}</p>
        </blockquote>
        <figcaption>
          — <a href={href}>{attribution}</a>
        </figcaption>
      </figure>
    )
  }
  if (item.kind === 'study') {
    return (
      <aside className="eeat-study">
        <p>{text}</p>
        <p className="eeat-source">
          {sourceLabel} <cite><a href={href}>{attribution || href}</a></cite>
        </p>
      </aside>
    )
  }
  return (
    <aside className="eeat-experience">
      <p>{text}</p>
    </aside>
  )
}

/**
 * Expert quotes, studies and experience notes (server component), each only when an editor verified
 * it and it is complete (`publishableEeat`): quotes as an attributed `<blockquote>` linked to their
 * source, studies with their source link, experience notes as an aside. Nothing when none qualify.
 */
export const ArticleEvidence = ({ items, sourceLabel = 'Source:' }: ArticleEvidenceProps) => {
  const shown = publishableEeat(items)
  if (!shown.length) return null
  return (
    <>
      {shown.map((item, index) => (
        <EvidenceItem item={item} key={index} sourceLabel={sourceLabel} />
      ))}
    </>
  )
}
