import { stripThinking } from './thinking.js'

export type ExtractedJson = { ok: true; value: unknown } | { ok: false; reason: string }

const FENCE = /```[ \t]*(?:json5?|JSON)?[ \t]*\r?\n([\s\S]*?)\r?\n?```/g

function tryParse(text: string): { ok: true; value: unknown } | undefined {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return undefined
  }
}

/** End index (exclusive) of the balanced {...} or [...] starting at `start`, string-aware. */
function balancedEnd(text: string, start: number): number | undefined {
  const stack: string[] = []
  let inString = false
  for (let i = start; i < text.length; i++) {
    const ch = text[i]
    if (inString) {
      if (ch === '\\') i++
      else if (ch === '"') inString = false
      continue
    }
    if (ch === '"') inString = true
    else if (ch === '{') stack.push('}')
    else if (ch === '[') stack.push(']')
    else if (ch === '}' || ch === ']') {
      if (stack.pop() !== ch) return undefined
      if (stack.length === 0) return i + 1
    }
  }
  return undefined
}

/**
 * Pulls a JSON value out of model output: the whole text, else a ```json fenced block,
 * else the first balanced {...} / [...] span that parses.
 */
export function extractJson(output: string): ExtractedJson {
  // Thoughts may contain braces of their own.
  const text = stripThinking(output)
  if (text === '') return { ok: false, reason: 'the reply was empty' }

  const whole = tryParse(text)
  if (whole) return whole

  for (const match of text.matchAll(FENCE)) {
    const fenced = tryParse(match[1].trim())
    if (fenced) return fenced
  }

  // Bounded: a handful of candidate starts is plenty for chatty output.
  let from = 0
  for (let tries = 0; tries < 20; tries++) {
    const start = text.slice(from).search(/[{[]/)
    if (start < 0) break
    const at = from + start
    const end = balancedEnd(text, at)
    if (end !== undefined) {
      const span = tryParse(text.slice(at, end))
      if (span) return span
    }
    from = at + 1
  }
  return { ok: false, reason: 'no parseable JSON object or array was found in the reply' }
}
