import type { GateUser } from '../gate/isAdmin.js'

/** The endpoints that count calls per user: generate (REST and GraphQL), previews and the importer. */
export type RateLimitedEndpoint = 'generate' | 'import' | 'preview' | 'previewTemplate'

/** At most `max` calls per user in each fixed window of `windowMs` milliseconds. */
export type RateLimit = { max: number; windowMs: number }

/** Who is never limited. */
export type RateLimitExempt = (user: GateUser) => boolean | Promise<boolean>

/** Per-user rate limits; `false` turns one endpoint's limit off. Counted in the database, so shared by every process. */
export type RateLimitOptions = {
  /**
   * `POST /api/<articles>/:id/generate`, `POST /api/<briefs>/:id/generate` and GraphQL `generateArticle`.
   * @default { max: 10, windowMs: 60000 }
   */
  generate?: false | RateLimit
  /**
   * `POST /api/<briefs>/import`.
   * @default { max: 20, windowMs: 60000 }
   */
  import?: false | RateLimit
  /**
   * `GET /api/<briefs>/:id/preview`.
   * @default { max: 60, windowMs: 60000 }
   */
  preview?: false | RateLimit
  /**
   * `POST /api/<prompt-kits>/preview-template`. The kit editor's live preview sends one at most
   * every 500 ms while someone types, so this allows a minute of steady typing.
   * @default { max: 120, windowMs: 60000 }
   */
  previewTemplate?: false | RateLimit
  /**
   * Users who are never limited.
   * @default the gate's admin check, `gate.isAdmin`
   */
  exempt?: RateLimitExempt
}

/** The rate limits after defaults: one limit (or `false`) per endpoint, and who is exempt. */
export type ResolvedRateLimits = {
  exempt: RateLimitExempt
  limits: Record<RateLimitedEndpoint, false | RateLimit>
}
