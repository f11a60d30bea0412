const wrapper = /^\s*(`{3,}|~{3,})[ \t]*(?:markdown|md)[ \t]*\n/i
const anyFence = /^[ \t]*(?:`{3,}|~{3,})/

/**
 * Models sometimes wrap their whole answer in a ```markdown fence; without this the article would be
 * one code block. The opening line goes; the last line goes when it is a fence that closes the wrapper
 * (the fences before it are balanced), so a truncated answer keeps its last real code block.
 */
export const unwrapMarkdownFence = (markdown: string): string => {
  const open = wrapper.exec(markdown)
  if (!open) return markdown
  const fence = open[1]!
  const lines = markdown.slice(open[0].length).trimEnd().split('\n')
  const closing = new RegExp(`^[ \\t]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`)
  const inner = lines.slice(0, -1).filter((line) => anyFence.test(line)).length
  if (lines.length && closing.test(lines.at(-1)!) && inner % 2 === 0) lines.pop()
  return lines.join('\n')
}
