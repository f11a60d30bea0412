import { z } from 'zod'

import { integer, list, text } from './fields.js'

/*
 * Two explicit levels instead of a recursive heading type: strict json_schema servers handle
 * recursion ($ref cycles) poorly. The H1 is `title`. The article's total word target is not asked
 * of the model: it is the brief's, and the outline handler writes it from there.
 */

/** Stated in the notes' description and in the default kit's outline template. */
export const outlineNotesTarget = '1–2 lines'

export const outlineSubheadingSchema = z.object({
  level: z.enum(['H3']),
  text: text(),
  wordTarget: integer(0, 5000, 'words for this subsection'),
  notes: text(`${outlineNotesTarget}: the exact points, examples or data to cover`),
})

export const outlineHeadingSchema = z.object({
  level: z.enum(['H2']),
  text: text(),
  wordTarget: integer(0, 10000, 'words for this section, including its H3 subsections'),
  notes: text(`${outlineNotesTarget}: the exact points to cover, then a transition idea into the next section`),
  children: list(outlineSubheadingSchema, { max: 8, min: 0 }, 'H3 subsections'),
})

export const outlineSchema = z.object({
  title: text('the H1'),
  headings: list(outlineHeadingSchema, { max: 15, min: 2 }, 'H2 sections of the body, in order'),
})

export type OutlineSubheading = z.infer<typeof outlineSubheadingSchema>
export type OutlineHeading = z.infer<typeof outlineHeadingSchema>
export type OutlineOutput = z.infer<typeof outlineSchema>
