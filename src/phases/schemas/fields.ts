import { z } from 'zod'

import { span } from './targets.js'

/*
 * Field builders shared by the phase schemas.
 *
 * Lengths, counts and ranges are JSON Schema keywords (minLength/maxLength, minItems/maxItems,
 * minimum/maximum), so a model that follows only the schema it is sent still answers inside them
 * (OpenAI's strict mode and the grammar-based servers enforce them). The targets the prompt asks for
 * go in the descriptions (see targets.ts). Messages name the limit and the value; the LLM layer puts
 * the field's path in front of them for the repair turn.
 */

const lengthOf = (input: unknown) => (typeof input === 'string' || Array.isArray(input) ? input.length : 0)

const notBlank = (value: string) => value.length === 0 || value.trim() !== ''

const describedAs = <T extends z.ZodType>(schema: T, description?: string): T =>
  description ? schema.describe(description) : schema

/** A string that is not blank (minLength 1). */
export const text = (description?: string) =>
  describedAs(z.string().min(1, { error: 'must not be empty' }).refine(notBlank, { error: 'must not be empty' }), description)

/** A non-blank string of `min`–`max` characters (hard limits; the target goes in `description`). */
export const chars = (min: number, max: number, description: string) => {
  const error = (issue: { input?: unknown }) => `must have ${min}–${max} characters, got ${lengthOf(issue.input)}`
  return z
    .string()
    .min(min, { error })
    .max(max, { error })
    .refine(notBlank, { error: 'must not be empty' })
    .describe(description)
}

/** An integer in [min, max], sent as `type: integer` with `minimum`/`maximum`. */
export const integer = (min: number, max: number, description?: string) => {
  const error = (issue: { input?: unknown }) => `must be between ${min} and ${max}, got ${JSON.stringify(issue.input)}`
  return describedAs(
    z
      .int({ error: (issue) => `must be an integer, got ${JSON.stringify(issue.input)}` })
      .min(min, { error })
      .max(max, { error }),
    description,
  )
}

export type ListCount = {
  max: number
  min: number
  /** What the prompt asks for (a count or a range); the model sees it, validation accepts [min, max]. */
  target?: number | readonly [number, number]
}

/** The count the prompt states: "5", "8–12", or the limits when there is no target. */
export const countTarget = ({ max, min, target }: ListCount): string =>
  target === undefined ? span(min, max) : typeof target === 'number' ? `${target}` : span(...target)

/** An array of `min`–`max` items (minItems is left out when it is 0); the description states the target count. */
export const list = <T extends z.ZodType>(item: T, count: ListCount, description?: string) => {
  const error = (issue: { input?: unknown }) => `must have ${count.min}–${count.max} items, got ${lengthOf(issue.input)}`
  const bounded = count.min > 0 ? z.array(item).min(count.min, { error }) : z.array(item)
  const label = `${countTarget(count)} items`
  return bounded.max(count.max, { error }).describe(description ? `${description} (${label})` : label)
}
