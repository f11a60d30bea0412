import type { CollectionConfig, Field, PayloadRequest } from 'payload'

import type { IsGateAdmin } from './gate/isAdmin.js'
import type { ModelPricing } from './llm/settings.js'
import type { LlmRateLimits, ResolvedLlmRateLimits } from './llm/rateLimit/options.js'
import type { RateLimitOptions, ResolvedRateLimits } from './rateLimit/options.js'
import type { RefineOptions, ResolvedRefineOptions } from './refine/options.js'

export type { ModelPricing }
export type { RateLimit, RateLimitedEndpoint, RateLimitOptions } from './rateLimit/options.js'
export type { LlmRateLimits, ModelRateLimit } from './llm/rateLimit/options.js'

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

export type LlmOptions = {
  /**
   * API key of the OpenAI-compatible endpoint. Never stored, logged or sent to the browser.
   * @default process.env.OPENAI_API_KEY
   */
  apiKey?: string
  /**
   * Base URL of any OpenAI-compatible endpoint (OpenAI, Azure, Ollama, vLLM, llama.cpp, LM Studio).
   * @default process.env.OPENAI_BASE_URL (the SDK's OpenAI URL when unset)
   */
  baseURL?: string
  /**
   * Model used by every phase without its own override.
   * @default process.env.OPENAI_MODEL ?? 'gpt-4o-mini'
   */
  model?: string
  /**
   * Model per phase key, e.g. `{ body: 'gpt-4o' }`. A phase's own `model` in the kit wins over this.
   * @default {}
   */
  phaseModels?: Record<string, string>
  /**
   * Prices per model, used to record the cost of every generation.
   * @default {} (cost recorded as 0)
   */
  pricing?: Record<string, ModelPricing>
  /**
   * Timeout of one HTTP request to the LLM, in milliseconds.
   * @default 60000
   */
  timeoutMs?: number
  /**
   * Repair turns (the validation errors sent back to the model) after an answer that does not
   * validate; after the last one the phase asks once more from scratch before it fails.
   * @default 2
   */
  maxRepairs?: number
  /**
   * How long a phase waits, retrying with growing backoff (honouring `Retry-After`), while the
   * endpoint is unreachable or answers 429/5xx, before it fails with one clear reason.
   * @default 1800000 (30 minutes)
   */
  outageMaxWaitMs?: number
  /**
   * The provider account's rate limits per model (the model name as sent), e.g.
   * `{ 'gpt-4o-mini': { rpm: 500, tpm: 200000 } }`. Every process (the app and all workers) shares
   * one budget per model through the database, and a request that would exceed it waits until the
   * minute has room. Tokens are counted before the call (prompt characters / 4 plus `max_tokens`,
   * raised to the answer's usage when it used more). The provider's `x-ratelimit-*` headers and
   * 429s lower or pause the shared budget until their reset. A model listed with `{}` only follows
   * the headers.
   * @default {} (no limits)
   */
  rateLimits?: LlmRateLimits
}

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

/** Who writes the articles: the author fields and the collection the article's `author` relates to. */
export type AuthorsOptions = {
  /**
   * Slug of the authors' collection. Without `create`: an existing collection of the host that gets
   * the author fields (name, role, bio, url, sameAs, image). With `create`: the slug of the
   * collection the plugin adds.
   * @default the users collection (`admin.user`); 'authors' when `create` is true
   */
  collection?: string
  /**
   * Add a collection of author profiles (no logins) instead of extending an existing collection.
   * @default false
   */
  create?: boolean
  /** Change the author fields (`fields: ({ defaultFields })`) or, with `create`, the collection config. */
  overrides?: CollectionOverrides
}

/** The site settings global: publisher, default author and images, social handles. */
export type SiteSettingsOptions = {
  /** Change the global's fields. */
  fields?: (args: { defaultFields: Field[] }) => Field[]
  /**
   * Slug of the global.
   * @default 'site-settings'
   */
  slug?: string
}

/** Figures of the image plan: uploads per item, and optionally a generated hero image. */
export type ImagesOptions = {
  /**
   * Slug of the upload collection each image-plan item's `image` points to. A slug named here that
   * the config lacks, or that is not an upload collection, is a config error. The default is used
   * only when it is an upload collection; otherwise the `image` field is left out (items then
   * render only as placeholders in draft preview).
   * @default mediaCollection ?? 'media'
   */
  collection?: string
  /**
   * Generate the plan's first (hero) image through the images API of the `llm` endpoint after the
   * images phase writes a plan whose hero has no upload; also on demand with
   * `POST /api/<articles>/:id/hero-image` or `generateHeroImage()`. Needs `images.collection`.
   * @default false
   */
  generate?: boolean
  /**
   * Images API model.
   * @default 'gpt-image-1'
   */
  model?: string
  /**
   * USD recorded as the cost of one generated image. When unset, the cost comes from
   * `llm.pricing[images.model]` and the answer's token usage, or is 0.
   * @default undefined
   */
  pricePerImageUsd?: number
  /**
   * Size asked of the images API (`WIDTHxHEIGHT` or 'auto').
   * @default '1536x1024'
   */
  size?: string
  /**
   * Timeout of the images API request, in milliseconds (image models are slow).
   * @default 180000
   */
  timeoutMs?: number
}

export type ResolvedImagesOptions = {
  /** Undefined when the config has no upload collection for figures: the `image` field is left out. */
  collection?: string
  generate: boolean
  model: string
  pricePerImageUsd?: number
  size: string
  timeoutMs: number
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
