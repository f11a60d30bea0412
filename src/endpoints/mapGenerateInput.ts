import { z } from 'zod'

import { docIdInput } from './docIdInput.js'
import { excerpt } from './excerpt.js'
import { phaseKeysInput } from './generateInput.js'

/**
 * Body of `POST /api/<topical-maps>/:id/generate` (and the GraphQL mutation's arguments). Strict,
 * like the generate body: an unknown key is usually a typo that would run the wrong thing.
 */
export const mapGenerateBody = z.strictObject(
  {
    briefs: z
      .array(docIdInput('a brief of this topical map'), {
        error: 'must be a list of brief IDs, e.g. [12, 13]',
      })
      .min(1, 'list at least one brief, or leave `briefs` out to generate the whole map')
      .max(500, 'must list at most 500 briefs')
      .optional(),
    dryRun: z.boolean({ error: 'must be true or false' }).optional(),
    force: z.boolean({ error: 'must be true or false' }).optional(),
    maxCostUsd: z.number({ error: 'must be a number of USD' }).positive('must be more than 0').optional(),
    maxTokens: z
      .number({ error: 'must be a number of tokens' })
      .int('must be a whole number of tokens')
      .positive('must be more than 0')
      .optional(),
    phases: phaseKeysInput.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown field(s) ${issue.keys
            .slice(0, 5)
            .map((key) => excerpt(key))
            .join(', ')}; allowed: "briefs", "phases", "force", "maxCostUsd", "maxTokens", "dryRun".`
        : undefined,
  },
)

export type MapGenerateBody = z.infer<typeof mapGenerateBody>
