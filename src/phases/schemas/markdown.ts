import { z } from 'zod'

import { text } from './fields.js'

/** Output of a markdown phase (introduction, body, conclusion, notes): any non-blank text. */
export const markdownOutputSchema: z.ZodType<string> = text()
