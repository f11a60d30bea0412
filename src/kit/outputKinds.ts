/**
 * What a phase produces and where it lands. Each kind has a zod schema (or is markdown) and a mapping
 * onto article fields in `src/phases/`; `notes` is free markdown kept only in the generation log.
 */
export const outputKinds = [
  'outline',
  'research',
  'introduction',
  'body',
  'eeat',
  'faq',
  'conclusion',
  'meta',
  'internalLinks',
  'images',
  'social',
  'seoReview',
  'notes',
] as const

export type OutputKind = (typeof outputKinds)[number]

/** Kinds whose output is markdown (converted to Lexical) rather than JSON. */
export const markdownKinds: ReadonlySet<OutputKind> = new Set(['introduction', 'body', 'conclusion', 'notes'])

export const phaseGroups = ['planning', 'writing', 'publishing', 'distribution'] as const

export type PhaseGroup = (typeof phaseGroups)[number]
