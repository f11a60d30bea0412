/** Text outside code fences, where markdown (and stray HTML) lives. */
export type ProseSegment = { kind: 'prose'; text: string }
/** A fenced code block: its info string (language and extras) and its code, indentation removed. */
export type CodeSegment = { code: string; info: string; kind: 'code' }
export type Segment = CodeSegment | ProseSegment

// Any indentation: a fence inside a list item is still a fence to the Lexical importer.
const openingFence = /^([ \t]*)(`{3,}|~{3,})(.*)$/

const dedent = (line: string, width: number) => line.replace(new RegExp(`^[ \\t]{0,${width}}`), '')

/**
 * Split markdown into prose and fenced code, the way CommonMark reads fences: a backtick fence's info
 * string has no backticks (so "```npm i```" is inline code, not a fence), a fence closes on a line of
 * at least as many of the same character, and an unclosed fence runs to the end.
 */
export const splitFences = (markdown: string): Segment[] => {
  const lines = markdown.split(/\r?\n/)
  const segments: Segment[] = []
  let prose: string[] = []
  const flushProse = () => {
    if (prose.length) segments.push({ kind: 'prose', text: prose.join('\n') })
    prose = []
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const open = openingFence.exec(line)
    const [, indent = '', fence = '', info = ''] = open ?? []
    if (!open || (fence.startsWith('`') && info.includes('`'))) {
      prose.push(line)
      continue
    }
    const closing = new RegExp(`^[ \\t]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`)
    const code: string[] = []
    let j = i + 1
    for (; j < lines.length && !closing.test(lines[j]!); j++) code.push(dedent(lines[j]!, indent.length))
    flushProse()
    segments.push({ code: code.join('\n'), info: info.trim(), kind: 'code' })
    i = j
  }
  flushProse()
  return segments
}
