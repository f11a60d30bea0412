/** One run of a word diff: text both sides share, text only the old side has, or only the new. */
export type DiffPart = { text: string; type: 'added' | 'removed' | 'same' }

/** Above this many token pairs the LCS table is too big for a browser tab; the middle is shown whole. */
const MAX_CELLS = 4_000_000

/** Words and the whitespace between them, so joining the tokens gives the text back. */
export const tokenize = (text: string): string[] => text.match(/\s+|[^\s]+/g) ?? []

const push = (parts: DiffPart[], type: DiffPart['type'], text: string) => {
  if (!text) return
  const last = parts[parts.length - 1]
  if (last?.type === type) last.text += text
  else parts.push({ text, type })
}

/** Longest common subsequence over tokens, walked from the start so output is in reading order. */
const lcsDiff = (a: string[], b: string[], parts: DiffPart[]) => {
  const width = b.length + 1
  // lengths[i * width + j]: LCS length of a[i..] and b[j..]
  const lengths = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!)
    }
  }
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(parts, 'same', a[i]!)
      i++
      j++
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) push(parts, 'removed', a[i++]!)
    else push(parts, 'added', b[j++]!)
  }
  while (i < a.length) push(parts, 'removed', a[i++]!)
  while (j < b.length) push(parts, 'added', b[j++]!)
}

/**
 * Word-level diff of `before` → `after`. Concatenating the `same` and `removed` parts gives
 * `before`; `same` and `added` give `after`. Common start and end are matched first, so a small
 * edit in a long text stays cheap.
 */
export const wordDiff = (before: string, after: string): DiffPart[] => {
  const a = tokenize(before)
  const b = tokenize(after)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++

  const parts: DiffPart[] = []
  push(parts, 'same', a.slice(0, start).join(''))
  const midA = a.slice(start, a.length - end)
  const midB = b.slice(start, b.length - end)
  if (midA.length * midB.length > MAX_CELLS) {
    push(parts, 'removed', midA.join(''))
    push(parts, 'added', midB.join(''))
  } else lcsDiff(midA, midB, parts)
  push(parts, 'same', a.slice(a.length - end).join(''))
  return joinChanges(parts)
}

/**
 * Turn "−a +c ␣ −b +d" into "−a␣b +c␣d": a lone space shared between two changes splits them into
 * confetti. Within one change block removed text keeps its order, and so does added text.
 */
const joinChanges = (parts: DiffPart[]): DiffPart[] => {
  const out: DiffPart[] = []
  let removed = ''
  let added = ''
  const flush = () => {
    push(out, 'removed', removed)
    push(out, 'added', added)
    removed = added = ''
  }
  parts.forEach((part, index) => {
    const between = index > 0 && index < parts.length - 1 && parts[index - 1]!.type !== 'same' && parts[index + 1]!.type !== 'same'
    if (part.type === 'same' && !(between && /^\s+$/.test(part.text))) {
      flush()
      push(out, 'same', part.text)
    } else if (part.type === 'same') {
      removed += part.text
      added += part.text
    } else if (part.type === 'removed') removed += part.text
    else added += part.text
  })
  flush()
  return out
}
