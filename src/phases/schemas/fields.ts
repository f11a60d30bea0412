import { z } from 'zod'

/*
 * Field builders shared by the phase schemas.
 *
 * Lengths, counts and numeric ranges are zod checks, not JSON Schema keywords: strict structured-output
 * servers reject or ignore minLength/maxLength, minItems/maxItems and minimum/maximum unevenly, so the
 * schema sent to the model keeps to types, enums, required keys and descriptions. The limits are stated
 * in the descriptions (the model reads them) and enforced by zod after parsing.
 */

const issue = (ctx: z.RefinementCtx, message: string) => ctx.addIssue({ code: 'custom', message })

/** A string that is not blank. */
export const text = (description?: string) => {
  const schema = z.string().superRefine((value, ctx) => {
    if (value.trim() === '') issue(ctx, 'must not be empty')
  })
  return description ? schema.describe(description) : schema
}

/** A non-blank string of `min`–`max` characters (hard limits; the target goes in `description`). */
export const chars = (min: number, max: number, description: string) =>
  z
    .string()
    .superRefine((value, ctx) => {
      if (value.trim() === '') issue(ctx, 'must not be empty')
      else if (value.length < min || value.length > max) {
        issue(ctx, `must have ${min}–${max} characters, got ${value.length}`)
      }
    })
    .describe(description)

/**
 * An integer in [min, max]. `type: 'integer'` is set through metadata because `z.int()` would also
 * emit ±2^53 minimum/maximum keywords into the JSON Schema.
 */
export const integer = (min: number, max: number, description?: string) =>
  z
    .number()
    .superRefine((value, ctx) => {
      if (!Number.isInteger(value)) issue(ctx, `must be an integer, got ${value}`)
      else if (value < min || value > max) issue(ctx, `must be between ${min} and ${max}, got ${value}`)
    })
    .meta(description ? { description, type: 'integer' } : { type: 'integer' })

export type ListCount = {
  max: number
  min: number
  /** What the prompt asks for (a count or a range); the model sees it, validation accepts [min, max]. */
  target?: number | readonly [number, number]
}

const range = (low: number, high: number) => (low === high ? `${low}` : `${low}–${high}`)

const countLabel = ({ max, min, target }: ListCount) =>
  `${target === undefined ? range(min, max) : typeof target === 'number' ? target : range(...target)} items`

/** An array of `min`–`max` items; the description tells the model the target count. */
export const list = <T extends z.ZodType>(item: T, count: ListCount, description?: string) =>
  z
    .array(item)
    .superRefine((value, ctx) => {
      if (value.length < count.min || value.length > count.max) {
        issue(ctx, `must have ${count.min}–${count.max} items, got ${value.length}`)
      }
    })
    .describe(description ? `${description} (${countLabel(count)})` : countLabel(count))
