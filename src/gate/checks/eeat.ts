import type { EeatProblem, EeatRow } from '../../frontend/publishableEeat.js'
import type { CheckResult, GateArticle } from '../types.js'

import { eeatItemProblems, eeatProblemField, placeholderField } from '../../frontend/publishableEeat.js'
import { listSome, quote, result } from './result.js'

type EeatKind = 'experience' | 'quote' | 'study'

const kindNames: Record<EeatKind, { id: string; label: string; one: string; many: string }> = {
  quote: { id: 'eeat-quotes', label: 'E-E-A-T expert quotes', one: 'expert quote', many: 'expert quotes' },
  study: { id: 'eeat-studies', label: 'E-E-A-T studies', one: 'study', many: 'studies' },
  experience: { id: 'eeat-experience', label: 'E-E-A-T experience notes', one: 'experience note', many: 'experience notes' },
}

const problemWords: Record<EeatProblem, string> = {
  'no-attribution': 'no speaker',
  'no-source-url': 'no source URL',
  'no-text': 'no text',
  'not-verified': 'not verified',
  placeholder: 'placeholder left',
  'unknown-kind': 'unknown kind',
}

type Unused = { index: number; item: EeatRow; problems: EeatProblem[] }

const count = (n: number, kind: EeatKind) => `${n} ${n === 1 ? kindNames[kind].one : kindNames[kind].many}`

/** "not verified, 1 no source URL": a reason shared by every unused item is stated without a count. */
const reasons = (unused: Unused[]): string => {
  const order: EeatProblem[] = ['not-verified', 'no-source-url', 'no-attribution', 'no-text', 'placeholder', 'unknown-kind']
  const tally = new Map<EeatProblem, number>()
  for (const { problems } of unused) for (const p of problems) tally.set(p, (tally.get(p) ?? 0) + 1)
  return order
    .filter((p) => tally.has(p))
    .sort((a, b) => tally.get(b)! - tally.get(a)!)
    .map((p) => (tally.get(p) === unused.length ? problemWords[p] : `${tally.get(p)} ${problemWords[p]}`))
    .join(', ')
}

/** Path of the field to fix first on an item, e.g. `eeat.2.verified`. */
const pathOf = ({ index, item, problems }: Unused): string => {
  const first = problems[0]!
  const field = first === 'placeholder' ? placeholderField(item) : eeatProblemField[first]
  return `eeat.${index}.${field}`
}

const describe = ({ index, item }: Unused) => `#${index + 1} ${quote(item.text ?? '', 40)}`

const checkKind = (kind: EeatKind, items: Array<{ index: number; item: EeatRow }>): CheckResult => {
  const ofKind = items.filter(({ item }) => item.kind === kind)
  const unused = ofKind.flatMap(({ index, item }) => {
    const problems = eeatItemProblems(item)
    return problems.length ? [{ index, item, problems }] : []
  })
  const shown = ofKind.length - unused.length
  return result(
    { id: kindNames[kind].id, label: kindNames[kind].label, path: unused[0] && pathOf(unused[0]), severity: 'warning' },
    unused.length === 0,
    ofKind.length
      ? `${count(shown, kind)} ${shown === 1 ? 'is' : 'are'} verified, complete and shown on the page.`
      : `No ${kindNames[kind].many}.`,
    `${count(unused.length, kind)} not used: ${reasons(unused)}. They stay in the article's E-E-A-T list and are not shown; ` +
      `verify and complete them to put them on the page (${listSome(unused.map(describe))}).`,
  )
}

/**
 * E-E-A-T items are evidence an editor vouches for. An unverified or incomplete item never blocks
 * publishing: it is simply not rendered (see `publishableEeat`), and these warnings say which items
 * the page leaves out and why, one result per kind.
 */
export const checkEeat = (article: GateArticle): CheckResult[] => {
  const items = (article.eeat ?? []).flatMap((item, index) => (item ? [{ index, item }] : []))
  return (['quote', 'study', 'experience'] as const).map((kind) => checkKind(kind, items))
}
