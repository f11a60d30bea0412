import type { Payload, PayloadRequest } from 'payload'
import type { z } from 'zod'

import type { OutputKind } from '../kit/outputKinds.js'
import type { ResolvedPromptKitOptions } from '../types.js'
import type { JsonOutputKind, PhaseOutput } from './schemas/index.js'

/** What a handler may read while mapping an output: the article, its brief, the plugin and the request. */
export type PhaseContext = {
  /** The current article document, depth 0. */
  article: Record<string, unknown> & { id: number | string }
  brief: Record<string, unknown> & { id: number | string }
  options: ResolvedPromptKitOptions
  payload: Payload
  /** Passed to every Local API call, so handlers join the caller's transaction and access context. */
  req?: PayloadRequest
}

/** The validated output of any phase: the schema's type for JSON kinds, the text for markdown kinds. */
export type HandlerOutput<K extends OutputKind> = K extends JsonOutputKind ? PhaseOutput<K> : string

export type ArticleData = { data: Record<string, unknown>; warnings: string[] }

/*
 * Methods rather than function properties: their parameters are checked bivariantly, so a
 * `PhaseHandler<'faq'>` can sit in a `Record<OutputKind, PhaseHandler>`; the pipeline only ever hands a
 * handler the output its own schema validated.
 */
export type PhaseHandler<K extends OutputKind = OutputKind> = {
  kind: K
  format: 'json' | 'markdown'
  /** `phaseSchemas[kind]`, or `markdownOutputSchema` for markdown kinds. */
  schema: z.ZodType
  /** Article fields this phase writes (top-level names), for staleness and the human-edit guard. */
  fields: string[]
  /** Validated output → values for those article fields, plus warnings (e.g. dropped links). */
  toArticleData(output: HandlerOutput<K>, ctx: PhaseContext): Promise<ArticleData>
  /** How this output is inserted into later prompts as {{outputs.<key>}}. */
  toPromptText(output: HandlerOutput<K>): string
}
