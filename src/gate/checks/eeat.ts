import type { CheckResult, GateArticle } from '../types.js'

import { listSome, quote, result } from './result.js'

type EeatItem = NonNullable<GateArticle['eeat']>[number]

/** Quotes and studies are claims by others: they need a source and an editor's check. */
const isSourced = (item: EeatItem) => item?.kind === 'quote' || item?.kind === 'study'

const isHttpUrl = (value: null | string | undefined): boolean => {
  if (!value?.trim()) return false
  try {
    const url = new URL(value.trim())
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/**
 * Slots a template leaves for the author: "[X]", "[your team]", "{{metric}}". Quotes are not checked
 * for these because editorial brackets ("[sic]", "[the team]") are legitimate inside a quotation.
 */
export const PLACEHOLDER = /\[[^\][\n]{1,60}\]|\{\{[^{}\n]*\}\}/

const describe = (item: EeatItem, index: number) =>
  `#${index + 1} ${item?.kind ?? 'item'} ${quote(item?.text ?? '', 40)}`

/**
 * Every quote and study has an http(s) source URL and was marked verified by an editor, so an
 * LLM-suggested quote or statistic is never published unchecked. Experience items are the author's
 * own first-person notes: they need neither, but must not still contain template placeholders.
 */
export const checkEeat = (article: GateArticle): CheckResult[] => {
  const items = (article.eeat ?? []).map((item, index) => ({ index, item }))
  const sourced = items.filter(({ item }) => isSourced(item))
  const unsourced = sourced.filter(({ item }) => !isHttpUrl(item?.sourceUrl))
  const unverified = sourced.filter(({ item }) => item?.verified !== true)
  const templates = items.filter(
    ({ item }) => item?.kind === 'experience' && PLACEHOLDER.test(item.text ?? ''),
  )
  return [
    result(
      {
        id: 'eeat-source-urls',
        label: 'E-E-A-T source URLs',
        path: unsourced[0] && `eeat.${unsourced[0].index}.sourceUrl`,
      },
      unsourced.length === 0,
      `All ${sourced.length} quotes and studies have a source URL.`,
      `${unsourced.length} quotes or studies have no http(s) source URL: ${listSome(unsourced.map(({ index, item }) => describe(item, index)))}.`,
    ),
    result(
      {
        id: 'eeat-verified',
        label: 'E-E-A-T verified',
        path: unverified[0] && `eeat.${unverified[0].index}.verified`,
      },
      unverified.length === 0,
      `All ${sourced.length} quotes and studies were verified by an editor.`,
      `${unverified.length} quotes or studies are not marked verified; an editor must check each source: ${listSome(
        unverified.map(({ index, item }) => describe(item, index)),
      )}.`,
    ),
    result(
      {
        id: 'eeat-placeholders',
        label: 'E-E-A-T placeholders',
        path: templates[0] && `eeat.${templates[0].index}.text`,
      },
      templates.length === 0,
      'No experience item still contains template placeholders.',
      `${templates.length} experience items still contain placeholders like "[X]"; fill them in or remove them: ${listSome(
        templates.map(({ index, item }) => describe(item, index)),
      )}.`,
    ),
  ]
}
