import type { CollectionConfig, Field, PayloadRequest } from 'payload'

import type { AuthorsOptions } from './collections/authorsOptions.js'
import type { IsGateAdmin } from './gate/isAdmin.js'
import type { SiteSettingsOptions } from './globals/siteSettingsOptions.js'
import type { ImagesOptions, ResolvedImagesOptions } from './images/imagesOptions.js'
import type { LlmOptions } from './llm/options.js'
import type { ResolvedLlmRateLimits } from './llm/rateLimit/options.js'
import type { ModelPricing } from './llm/settings.js'
import type { RateLimitOptions, ResolvedRateLimits } from './rateLimit/options.js'
import type { RefineOptions, ResolvedRefineOptions } from './refine/options.js'

export type { ModelPricing }
export type { RateLimit, RateLimitedEndpoint, RateLimitOptions } from './rateLimit/options.js'
export type { LlmRateLimits, ModelRateLimit } from './llm/rateLimit/options.js'
export type { AuthorsOptions, ImagesOptions, LlmOptions, ResolvedImagesOptions, SiteSettingsOptions }

/** Refreshes pages of the public site; `req` is the save's request (for its logger). */
export type SiteRevalidate = (paths: string[], args: { req: PayloadRequest }) => Promise<void> | void

/** Per-collection customisation, in the style of Payload's official plugins. */
export type CollectionOverrides = {
  /** Receive the plugin's fields and return the fields to use (add, remove or change them). */
  fields?: (args: { defaultFields: Field[] }) => Field[]
} & Partial<Omit<CollectionConfig, 'fields' | 'slug'>>

export type PromptKitCollectionKey = 'articles' | 'briefs' | 'generations' | 'promptKits' | 'topicalMaps'

/** Who may start generation for an article. */
export type CanGenerate = (args: {
  articleID?: number | string
  req: PayloadRequest
}) => boolean | Promise<boolean>

/** Spending limits for one article, summed over all of its generations. */
export type PipelineBudget = {
  /**
   * Stop before an LLM call that could take the article's total cost above this many USD.
   * Needs `llm.pricing` for the models used (unpriced models cost 0).
   * @default undefined (no limit)
   */
  maxCostUsd?: number
  /**
   * Stop before an LLM call that could take the article's total tokens above this.
   * @default undefined (no limit)
   */
  maxTokens?: number
}

export type PipelineOptions = {
  /**
   * Spending limits per article; checked before every LLM call with an estimate of that call.
   * @default undefined (no limit)
   */
  budget?: PipelineBudget
  /**
   * How many phases of one article may call the LLM at the same time.
   * @default 3
   */
  concurrency?: number
  /**
   * How often a process renews the leases of the jobs and phases it holds, in milliseconds.
   * @default 10000
   */
  heartbeatMs?: number
  /**
   * How long a job's or a phase's lease lasts without renewal. When its holder dies, any live
   * worker (or the app's job runner) takes the work over once the lease has lapsed.
   * @default 30000
   */
  leaseMs?: number
  /**
   * How long a run keeps retrying a database write that failed on a dropped connection (a
   * restart or failover) before it gives up.
   * @default 120000 (2 minutes)
   */
  dbOutageMaxWaitMs?: number
}

export type PromptKitPluginOptions = {
  /**
   * Who may start generation. Receives the request and (when known) the article ID.
   * @default a logged-in user who may update the article
   */
  access?: {
    generate?: CanGenerate
  }
  /**
   * Publish an article when a generation run completes and the pre-publish gate passes; when the
   * gate fails the article stays a draft for review.
   * @default false
   */
  autoPublish?: boolean
  /**
   * Who writes the articles. By default the host's users collection gets the author fields; pass
   * `{ create: true }` for a separate `authors` collection.
   * @default { collection: admin.user ?? 'users', create: false }
   */
  authors?: AuthorsOptions
  /** Where generated articles live. */
  articles?: {
    /**
     * Slug of an existing collection of the host (e.g. `posts`) to merge the article fields and hooks
     * into. When unset the plugin adds its own `articles` collection.
     * @default undefined
     */
    collection?: string
  }
  /**
   * When an article is published, propose links to it from the already-published articles of its
   * topical map: one LLM call per article (generations of phase `backlinks`; `llm.phaseModels.backlinks`
   * picks its model), each choosing a phrase already in that article's text. Each becomes a proposal
   * on that article (`internalLinks` with the row added) to accept or reject; nothing is changed
   * without review. Runs in a queued job (`promptKitBacklinks`). `false` turns it off.
   * @default true
   */
  backlinks?: boolean
  /**
   * Keep the collections and fields (so the database schema stays stable) but turn off hooks,
   * endpoints, seeding and generation.
   * @default false
   */
  disabled?: boolean
  /** The pre-publish gate: every publish of an article must pass its checklist. */
  gate?: {
    /**
     * Who may override a failed gate by writing `publishOverride.reason` on the article.
     * @default (user) => user.roles includes 'admin' || user.role === 'admin'
     */
    isAdmin?: IsGateAdmin
  }
  /** Limits on what one request to the plugin's endpoints may send. */
  limits?: {
    /**
     * Largest request body, in bytes, any plugin endpoint reads; larger ones are answered 413
     * before they are read whole (by Content-Length, or while reading).
     * @default 1048576 (1 MB)
     */
    maxBodyBytes?: number
    /**
     * Largest body of `POST /api/<briefs>/import`, which takes a whole prompt kit page.
     * @default 5242880 (5 MB)
     */
    maxImportBodyBytes?: number
  }
  /** Figures of the image plan (uploads, generated hero image). */
  images?: ImagesOptions
  /** The OpenAI-compatible LLM. */
  llm?: LlmOptions
  /**
   * Refinement rounds after each run: failed pre-publish checks go back, as feedback, to the phases
   * that own them. `false` turns them off.
   * @default { maxRounds: 2 }
   */
  refine?: false | RefineOptions
  /**
   * Per-user rate limits of generate, preview, preview-template and import; 429 with `Retry-After` past them.
   * @default generate 10/min, preview 60/min, previewTemplate 120/min, import 20/min; admins (`gate.isAdmin`) exempt
   */
  rateLimits?: RateLimitOptions
  /**
   * Slug of an upload collection for the Open Graph image. Without it the image is a URL text field.
   * @default undefined
   */
  mediaCollection?: string
  /** Per-collection overrides: `fields: ({ defaultFields }) => Field[]` plus any collection config. */
  overrides?: Partial<Record<PromptKitCollectionKey, CollectionOverrides>>
  /** How generation runs execute. */
  pipeline?: PipelineOptions
  /**
   * Create the default 12-phase kit on start when no kit with its slug exists.
   * @default true
   */
  seedDefaultKit?: boolean
  /** The public site that renders articles; used for canonical URLs and JSON-LD. */
  site?: {
    /**
     * Path of an article on the site.
     * @default (article) => `/articles/${article.slug}`
     */
    articlePath?: (article: { slug?: null | string }) => string
    /**
     * Called after an article is published, changed while published, unpublished or deleted, with
     * the site paths to refresh (the article's path, its old path after a slug change, and `/`).
     * A Next.js site passes a function that calls `revalidatePath` (the plugin cannot import
     * `next/cache` itself); a thrown error is logged and the save still succeeds.
     * @default undefined (nothing is refreshed)
     */
    revalidate?: SiteRevalidate
    /**
     * Absolute origin of the public site, without a trailing slash.
     * @default process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000'
     */
    url?: string
  }
  /**
   * The site settings global (site name, publisher, logo, default author and Open Graph image,
   * Twitter handle, locale) the page's metadata and JSON-LD are built from; `false` leaves it out.
   * @default { slug: 'site-settings' }
   */
  siteSettings?: false | SiteSettingsOptions
  /**
   * Slugs of the plugin's collections.
   * @default { articles: 'articles', briefs: 'briefs', generations: 'generations', promptKits: 'prompt-kits', topicalMaps: 'topical-maps' }
   */
  slugs?: Partial<Record<PromptKitCollectionKey, string>>
}

/** Options after defaults, validation and environment fallbacks; built once by `resolveOptions`. */
export type ResolvedPromptKitOptions = {
  access: { generate: CanGenerate }
  articles: { collection: string; isHostCollection: boolean }
  authors: { collection: string; create: boolean; overrides?: CollectionOverrides }
  autoPublish: boolean
  backlinks: boolean
  disabled: boolean
  gate: { isAdmin: IsGateAdmin }
  images: ResolvedImagesOptions
  limits: { maxBodyBytes: number; maxImportBodyBytes: number }
  llm: {
    apiKey?: string
    baseURL?: string
    model: string
    phaseModels: Record<string, string>
    maxRepairs: number
    outageMaxWaitMs: number
    pricing: Record<string, ModelPricing>
    rateLimits: ResolvedLlmRateLimits
    timeoutMs: number
  }
  mediaCollection?: string
  overrides: Partial<Record<PromptKitCollectionKey, CollectionOverrides>>
  pipeline: {
    budget: PipelineBudget
    concurrency: number
    dbOutageMaxWaitMs: number
    heartbeatMs: number
    leaseMs: number
  }
  rateLimits: ResolvedRateLimits
  refine: ResolvedRefineOptions
  seedDefaultKit: boolean
  /** Undefined when `siteSettings: false`. */
  siteSettings?: { fields?: SiteSettingsOptions['fields']; slug: string }
  site: { articlePath: (article: { slug?: null | string }) => string; revalidate?: SiteRevalidate; url: string }
  slugs: Record<PromptKitCollectionKey, string>
  /** Slug of the auth collection whose users author articles and trigger generations. */
  usersSlug: string
}
