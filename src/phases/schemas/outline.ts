import { z } from 'zod'

import { integer, list, text } from './fields.js'

/*
 * Two explicit levels instead of a recursive heading type: strict json_schema servers handle
 * recursion ($ref cycles) poorly. The H1 is `title`.
 */

export const outlineSubheadingSchema = z.object({
  level: z.enum(['H3']),
  text: text(),
  wordTarget: integer(0, 5000, 'words for this subsection'),
  notes: text('1–2 lines: the exact points, examples or data to cover'),
})

export const outlineHeadingSchema = z.object({
  level: z.enum(['H2']),
  text: text(),
  wordTarget: integer(0, 10000, 'words for this section, including its H3 subsections'),
  notes: text('1–2 lines: the exact points to cover, then a transition idea into the next section'),
  children: list(outlineSubheadingSchema, { max: 8, min: 0 }, 'H3 subsections'),
})

export const outlineSchema = z.object({
  title: text('the H1'),
  totalWordTarget: integer(100, 20000, 'target length of the whole article in words'),
  headings: list(outlineHeadingSchema, { max: 15, min: 2 }, 'H2 sections of the body, in order'),
})

export type OutlineSubheading = z.infer<typeof outlineSubheadingSchema>
export type OutlineHeading = z.infer<typeof outlineHeadingSchema>
export type OutlineOutput = z.infer<typeof outlineSchema>
