import type { OutputKind } from '../../kit/outputKinds.js'

/** The kinds in `markdownKinds` (src/kit/outputKinds.ts), as a type; a test keeps the two in step. */
export type MarkdownOutputKind = 'body' | 'conclusion' | 'introduction' | 'notes'

/** Kinds whose output is JSON validated by a schema in `phaseSchemas`. */
export type JsonOutputKind = Exclude<OutputKind, MarkdownOutputKind>
