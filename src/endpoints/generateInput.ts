import { z } from 'zod'

import { docIdInput } from './docIdInput.js'
import { excerpt } from './excerpt.js'

/** A list of kit phase keys (`phases` of the generate bodies). */
export const phaseKeysInput = z
  .array(z.string({ error: 'must be a phase key' }).trim().min(1, 'must be a phase key').max(100, 'must be a phase key (at most 100 characters)'), {
    error: 'must be a list of phase keys, e.g. ["outline", "body"]',
  })
  .min(1, 'list at least one phase, or leave `phases` out to run the whole kit')
  .max(100, 'must list at most 100 phase keys')

/**
 * Body of the generate endpoints (and the arguments of the GraphQL mutation). Strict: unknown keys
 * are usually typos (`phase`, `forced`), and ignoring them would silently run the wrong thing.
 */
export const generateBody = z.strictObject(
  {
    // Per phase key: problems its re-run must fix (an SEO review item applied from the admin).
    feedback: z
      .record(
        z.string().trim().min(1, 'must be a phase key').max(100, 'must be a phase key (at most 100 characters)'),
        z
          .array(z.string({ error: 'must be text' }).trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'), { error: 'must be a list of problems to fix' })
          .min(1, 'list at least one problem to fix')
          .max(20, 'must list at most 20 problems'),
        { error: 'must map phase keys to lists of problems, e.g. {"meta": ["meta description too short"]}' },
      )
      .refine((value) => Object.keys(value).length <= 20, 'must name at most 20 phases')
      .optional(),
    force: z.boolean({ error: 'must be true or false' }).optional(),
    // A saved version of a prompt kit (its version ID, from the kit's Versions tab) to run instead of the current kit.
    kitVersion: docIdInput('a saved prompt-kit version').optional(),
    phases: phaseKeysInput.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown field(s) ${issue.keys.slice(0, 5).map((key) => excerpt(key)).join(', ')}; allowed: "phases", "force", "kitVersion", "feedback".`
        : undefined,
  },
)

export type GenerateBody = z.infer<typeof generateBody>
