import { bulletText, listItems, paragraphs, sameText } from './text.js'

export type BriefFields = {
  angle: string
  audience: string
  contentGroup: string
  primaryKeyword: string
  secondaryKeywords: string[]
  title: string
  tone: string
}

type Slot = Exclude<keyof BriefFields, 'secondaryKeywords'>

/** The order in which the page lists the brief's unlabelled values. */
const slotOrder: Slot[] = ['primaryKeyword', 'title', 'tone', 'contentGroup', 'audience', 'angle']

// Some pages (or hand-written briefs) label the values: "Primary keyword: …".
const labels: [RegExp, keyof BriefFields][] = [
  [/^(?:primary |main |focus |target )?keyword$/, 'primaryKeyword'],
  [/^(?:article |working )?title$/, 'title'],
  [/^tone(?: of voice)?$/, 'tone'],
  [/^content group$/, 'contentGroup'],
  [/^(?:target )?audience$/, 'audience'],
  [/^angle$/, 'angle'],
  [/^(?:secondary|related|supporting) keywords$/, 'secondaryKeywords'],
]

const labelled = (line: string): [keyof BriefFields, string] | null => {
  const match = /^([^:：]{2,40})\s*[:：]\s*(.*)$/.exec(line)
  if (!match) return null
  const label = match[1].toLowerCase().replace(/\s+/g, ' ').trim()
  const field = labels.find(([pattern]) => pattern.test(label))?.[1]
  return field ? [field, match[2].trim()] : null
}

/** The unlabelled values: one per paragraph, or one per line when the paste lost its blank lines. */
const valueItems = (lines: string[]): string[] => {
  const byParagraph = paragraphs(lines)
  const byLine = lines.filter(Boolean)
  return byParagraph.length < slotOrder.length && byLine.length > byParagraph.length ? byLine : byParagraph
}

/**
 * Read the Article Brief block: keyword, title, tone, content group, audience and angle (one value
 * each, in that order, or labelled), then the secondary keywords as bullets. `known` holds the title
 * and content group read elsewhere on the page; a value equal to one of them pins its slot, so a
 * missing value (say, no tone) does not shift every later value into the wrong field.
 */
export const parseBriefSection = (
  lines: string[],
  known: { contentGroup: string; title: string },
): BriefFields => {
  const fields: BriefFields = {
    angle: '',
    audience: '',
    contentGroup: '',
    primaryKeyword: '',
    secondaryKeywords: [],
    title: '',
    tone: '',
  }
  // A lone number starts the first prompt when the page has no phase heading.
  const end = lines.findIndex((line) => /^\d+\.?$/.test(line))
  const block = end === -1 ? lines : lines.slice(0, end)

  const bulletLines: string[] = []
  const valueLines: string[] = []
  for (const line of block) {
    const label = line ? labelled(line) : null
    if (label) {
      const [field, value] = label
      if (field === 'secondaryKeywords') {
        fields.secondaryKeywords.push(...value.split(/[,;]/).map((k) => k.trim()).filter(Boolean))
      } else if (value) {
        fields[field] = value
      }
      valueLines.push('')
    } else if (bulletText(line) !== null || (bulletLines.length && line)) {
      bulletLines.push(line)
    } else {
      valueLines.push(line)
    }
  }
  fields.secondaryKeywords.push(...listItems(bulletLines))

  const pinned = (value: string): Slot | undefined =>
    known.title && sameText(value, known.title)
      ? 'title'
      : known.contentGroup && sameText(value, known.contentGroup)
        ? 'contentGroup'
        : undefined

  let next = 0
  for (const value of valueItems(valueLines)) {
    const pin = pinned(value)
    const pinAt = pin ? slotOrder.indexOf(pin) : -1
    let at = pinAt >= next && !fields[slotOrder[pinAt]] ? pinAt : next
    while (at < slotOrder.length && fields[slotOrder[at]]) at++
    if (at >= slotOrder.length) break
    fields[slotOrder[at]] = value
    next = at + 1
  }
  return fields
}
