import { z } from 'zod'

/**
 * A document ID in a request body: a non-empty string or an integer. `1.5` is told it must be an
 * integer (a plain union would only say "Invalid input").
 */
export const docIdInput = (what: string) =>
  z.union([z.string(), z.number()], { error: `must be the ID of ${what} (an integer or a string)` }).superRefine((value, ctx) => {
    if (typeof value === 'number' && !Number.isInteger(value)) {
      ctx.addIssue({ code: 'custom', message: `must be an integer ID (or a string ID) of ${what}, got ${value}` })
    }
    if (typeof value === 'string' && !value.trim()) ctx.addIssue({ code: 'custom', message: `must be the ID of ${what}, got an empty string` })
  })
    .transform((value) => (typeof value === 'string' ? value.trim() : value))
