/**
 * A "schema-literal model" for the fake: answers json_schema requests with a value built only from
 * the JSON Schema keywords (descriptions ignored), and plain requests with a few markdown paragraphs.
 */
import type { FakeReply, FakeResponder, RecordedRequest } from './fakeOpenAI.js'
import { schemaLiteralAnswer } from './schemaLiteralAnswer.js'

const PARAGRAPHS = [
  'Sourdough starts with a starter: flour and water, fed daily until it bubbles.',
  'Mix, rest, fold and shape the dough; **time** does most of the work.',
  'Bake hot, with steam for the first minutes, then let the loaf cool before cutting.',
]

/** The schema a request asks for: in response_format (json_schema), else in the prompt (json_object / prompt modes). */
function requestedSchema(req: RecordedRequest): Record<string, unknown> | undefined {
  const fromFormat = req.body?.response_format?.json_schema?.schema
  if (fromFormat) return fromFormat
  for (const message of req.body?.messages ?? []) {
    const text = typeof message?.content === 'string' ? message.content : ''
    const at = text.indexOf('JSON Schema:\n')
    if (at < 0) continue
    try {
      return JSON.parse(text.slice(at + 'JSON Schema:\n'.length).split('\n')[0])
    } catch {
      // not our instructions
    }
  }
  return undefined
}

export function schemaLiteralModel(): FakeResponder {
  return (req): FakeReply => {
    const schema = requestedSchema(req)
    if (schema) return { content: JSON.stringify(schemaLiteralAnswer(schema)) }
    return { content: PARAGRAPHS.join('\n\n') }
  }
}
