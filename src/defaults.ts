import type { Config } from 'payload'

import type {
  PromptKitCollectionKey,
  PromptKitPluginOptions,
  ResolvedPromptKitOptions,
} from './types.js'

import { defaultCanGenerate } from './access/canGenerate.js'
import { resolveBacklinks } from './backlinks/options.js'
import { defaultArticlePath } from './frontend/articlePath.js'
import { defaultIsGateAdmin } from './gate/isAdmin.js'
import { resolveImages } from './images/options.js'
import { resolveRefine } from './refine/options.js'
import { resolveRateLimits } from './rateLimit/resolveRateLimits.js'
import { resolveLlmRateLimits } from './llm/rateLimit/options.js'

export const defaultSlugs: Record<PromptKitCollectionKey, string> = {
  articles: 'articles',
  briefs: 'briefs',
  generations: 'generations',
  promptKits: 'prompt-kits',
  topicalMaps: 'topical-maps',
}

export const DEFAULT_MODEL = 'gpt-4o-mini'
export const DEFAULT_TIMEOUT_MS = 60_000
export const DEFAULT_PIPELINE_CONCURRENCY = 3
export const DEFAULT_MAX_REPAIRS = 2
export const DEFAULT_OUTAGE_MAX_WAIT_MS = 30 * 60_000
export const DEFAULT_HEARTBEAT_MS = 10_000
export const DEFAULT_LEASE_MS = 30_000
export const DEFAULT_DB_OUTAGE_MAX_WAIT_MS = 2 * 60_000
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024
export const DEFAULT_MAX_IMPORT_BODY_BYTES = 5 * 1024 * 1024

/** Thrown at config time; the message names the option and the fix. */
export class PromptKitConfigError extends Error {
  constructor(option: string, problem: string) {
    super(`payload-prompt-kit: option \`${option}\` ${problem}`)
    this.name = 'PromptKitConfigError'
  }
}

const slugPattern = /^[a-z0-9][a-z0-9-_]*$/

/** A duration option: a positive number of milliseconds, or the default when unset. */
const positiveMs = (option: string, value: number | undefined, fallback: number): number => {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new PromptKitConfigError(option, `must be a positive number of milliseconds, got ${String(value)}`)
  }
  return value
}

/** The collections' slugs; the articles may live in a host collection (`articles.collection`). */
const resolveSlugs = (options: PromptKitPluginOptions, hostSlugs: Set<string>): Record<PromptKitCollectionKey, string> => {
  const slugs = { ...defaultSlugs, ...(options.slugs ?? {}) }
  for (const [key, slug] of Object.entries(slugs)) {
    if (typeof slug !== 'string' || !slugPattern.test(slug)) {
      throw new PromptKitConfigError(`slugs.${key}`, `must be a lowercase slug like "${defaultSlugs[key as PromptKitCollectionKey]}", got ${JSON.stringify(slug)}`)
    }
  }
  const hostArticles = options.articles?.collection
  if (hostArticles !== undefined) {
    if (!hostSlugs.has(hostArticles)) {
      throw new PromptKitConfigError(
        'articles.collection',
        `names "${hostArticles}" but the config has no such collection; add it to \`collections\` or leave the option unset to use the plugin's own \`articles\` collection`,
      )
    }
    slugs.articles = hostArticles
  }
  for (const key of Object.keys(slugs) as PromptKitCollectionKey[]) {
    if (!(key === 'articles' && hostArticles) && hostSlugs.has(slugs[key])) {
      throw new PromptKitConfigError(`slugs.${key}`, `is "${slugs[key]}", which the config already uses for another collection; choose another slug`)
    }
  }
  if (new Set(Object.values(slugs)).size !== Object.values(slugs).length) {
    throw new PromptKitConfigError('slugs', 'gives two collections the same slug; make them unique')
  }
  return slugs
}

const resolveLlm = (options: PromptKitPluginOptions): ResolvedPromptKitOptions['llm'] => {
  const llm = options.llm ?? {}
  const timeoutMs = llm.timeoutMs ?? DEFAULT_TIMEOUT_MS
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new PromptKitConfigError('llm.timeoutMs', 'must be a positive number of milliseconds')
  }
  const maxRepairs = llm.maxRepairs ?? DEFAULT_MAX_REPAIRS
  if (!Number.isInteger(maxRepairs) || maxRepairs < 0) {
    throw new PromptKitConfigError('llm.maxRepairs', `must be a whole number of at least 0, got ${String(maxRepairs)}`)
  }
  for (const [model, price] of Object.entries(llm.pricing ?? {})) {
    const values = [price.inputPerMTok, price.outputPerMTok, price.cachedInputPerMTok ?? 0]
    if (values.some((v) => typeof v !== 'number' || !Number.isFinite(v) || v < 0)) {
      throw new PromptKitConfigError(`llm.pricing.${model}`, 'needs non-negative numbers for inputPerMTok and outputPerMTok (and cachedInputPerMTok if given)')
    }
  }
  return {
    apiKey: llm.apiKey ?? process.env.OPENAI_API_KEY,
    baseURL: llm.baseURL ?? process.env.OPENAI_BASE_URL,
    maxRepairs,
    model: llm.model ?? process.env.OPENAI_MODEL ?? DEFAULT_MODEL,
    outageMaxWaitMs: positiveMs('llm.outageMaxWaitMs', llm.outageMaxWaitMs, DEFAULT_OUTAGE_MAX_WAIT_MS),
    phaseModels: { ...(llm.phaseModels ?? {}) },
    pricing: { ...(llm.pricing ?? {}) },
    rateLimits: resolveLlmRateLimits(llm.rateLimits),
    timeoutMs,
  }
}

const resolvePipeline = (options: PromptKitPluginOptions): ResolvedPromptKitOptions['pipeline'] => {
  const concurrency = options.pipeline?.concurrency ?? DEFAULT_PIPELINE_CONCURRENCY
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new PromptKitConfigError('pipeline.concurrency', `must be a whole number of at least 1, got ${String(concurrency)}`)
  }
  const heartbeatMs = positiveMs('pipeline.heartbeatMs', options.pipeline?.heartbeatMs, DEFAULT_HEARTBEAT_MS)
  const leaseMs = positiveMs('pipeline.leaseMs', options.pipeline?.leaseMs, DEFAULT_LEASE_MS)
  if (leaseMs <= heartbeatMs) {
    throw new PromptKitConfigError('pipeline.leaseMs', `must be longer than pipeline.heartbeatMs (${heartbeatMs} ms), got ${leaseMs} ms`)
  }
  const dbOutageMaxWaitMs = positiveMs('pipeline.dbOutageMaxWaitMs', options.pipeline?.dbOutageMaxWaitMs, DEFAULT_DB_OUTAGE_MAX_WAIT_MS)
  const budget = { ...(options.pipeline?.budget ?? {}) }
  for (const key of ['maxCostUsd', 'maxTokens'] as const) {
    const value = budget[key]
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)) {
      throw new PromptKitConfigError(`pipeline.budget.${key}`, `must be a positive number (or left unset for no limit), got ${String(value)}`)
    }
  }
  return { budget, concurrency, dbOutageMaxWaitMs, heartbeatMs, leaseMs }
}

/** Body size limits of the endpoints: whole numbers of bytes, at least 1 KB (a JSON body needs some room). */
const resolveLimits = (options: PromptKitPluginOptions): ResolvedPromptKitOptions['limits'] => {
  const bytes = (key: 'maxBodyBytes' | 'maxImportBodyBytes', fallback: number) => {
    const value = options.limits?.[key] ?? fallback
    if (!Number.isInteger(value) || value < 1024) {
      throw new PromptKitConfigError(`limits.${key}`, `must be a whole number of bytes of at least 1024, got ${String(value)}`)
    }
    return value
  }
  return {
    maxBodyBytes: bytes('maxBodyBytes', DEFAULT_MAX_BODY_BYTES),
    maxImportBodyBytes: bytes('maxImportBodyBytes', DEFAULT_MAX_IMPORT_BODY_BYTES),
  }
}

const resolveSite = (options: PromptKitPluginOptions): ResolvedPromptKitOptions['site'] => {
  const url = (options.site?.url ?? process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
  if (options.site?.revalidate !== undefined && typeof options.site.revalidate !== 'function') {
    throw new PromptKitConfigError('site.revalidate', 'must be a function (paths) => void, e.g. one that calls revalidatePath from next/cache')
  }
  if (!/^https?:\/\/[^/]+/.test(url)) {
    throw new PromptKitConfigError('site.url', `must be an absolute http(s) URL like "https://example.com", got "${url}"`)
  }
  return { articlePath: options.site?.articlePath ?? defaultArticlePath, revalidate: options.site?.revalidate, url }
}

/** The authors' collection: the host's (users by default) extended, or one the plugin adds. */
const resolveAuthors = (options: PromptKitPluginOptions, hostSlugs: Set<string>, usersSlug: string, pluginSlugs: string[]): ResolvedPromptKitOptions['authors'] => {
  const { collection, create = false, overrides } = options.authors ?? {}
  const slug = collection ?? (create ? 'authors' : usersSlug)
  if (typeof slug !== 'string' || !slugPattern.test(slug)) {
    throw new PromptKitConfigError('authors.collection', `must be a lowercase slug like "authors", got ${JSON.stringify(slug)}`)
  }
  if (create && (hostSlugs.has(slug) || pluginSlugs.includes(slug))) {
    throw new PromptKitConfigError('authors.collection', `is "${slug}", which the config already uses; choose another slug, or drop \`create\` to add the author fields to that collection`)
  }
  // The users collection may be added by Payload itself later; any other named collection must exist.
  if (!create && collection !== undefined && !hostSlugs.has(slug)) {
    throw new PromptKitConfigError('authors.collection', `names "${slug}" but the config has no such collection; add it, or set \`create: true\` to have the plugin add it`)
  }
  return { collection: slug, create, overrides }
}

/** The site settings global, unless turned off with `siteSettings: false`. */
const resolveSiteSettings = (options: PromptKitPluginOptions, hostGlobals: Set<string>): ResolvedPromptKitOptions['siteSettings'] => {
  if (options.siteSettings === false) return undefined
  const slug = options.siteSettings?.slug ?? 'site-settings'
  if (typeof slug !== 'string' || !slugPattern.test(slug) || hostGlobals.has(slug)) {
    throw new PromptKitConfigError('siteSettings.slug', `must be a lowercase slug no other global uses, like "site-settings", got ${JSON.stringify(slug)}`)
  }
  return { fields: options.siteSettings?.fields, slug }
}

/** Options that must be functions or booleans when given. */
const checkCallbacks = (options: PromptKitPluginOptions) => {
  if (options.access?.generate !== undefined && typeof options.access.generate !== 'function') {
    throw new PromptKitConfigError('access.generate', 'must be a function ({ req, articleID }) => boolean')
  }
  if (options.gate?.isAdmin !== undefined && typeof options.gate.isAdmin !== 'function') {
    throw new PromptKitConfigError('gate.isAdmin', 'must be a function (user) => boolean, or left unset to use `roles`/`role` "admin"')
  }
  if (options.autoPublish !== undefined && typeof options.autoPublish !== 'boolean') {
    throw new PromptKitConfigError('autoPublish', `must be true or false, got ${JSON.stringify(options.autoPublish)}`)
  }
}

/**
 * Apply defaults and environment fallbacks to the user's options, check them against the host
 * config, and return a new object (the user's options are never written to).
 */
export const resolveOptions = (options: PromptKitPluginOptions, config: Pick<Config, 'admin' | 'collections' | 'globals'>): ResolvedPromptKitOptions => {
  const hostSlugs = new Set((config.collections ?? []).map((c) => c.slug))
  const slugs = resolveSlugs(options, hostSlugs)
  if (options.mediaCollection !== undefined && !hostSlugs.has(options.mediaCollection)) {
    throw new PromptKitConfigError('mediaCollection', `names "${options.mediaCollection}" but the config has no such upload collection`)
  }
  checkCallbacks(options)
  const isGateAdmin = options.gate?.isAdmin ?? defaultIsGateAdmin
  return {
    access: { generate: options.access?.generate ?? defaultCanGenerate },
    articles: { collection: slugs.articles, isHostCollection: options.articles?.collection !== undefined },
    authors: resolveAuthors(options, hostSlugs, config.admin?.user ?? 'users', Object.values(slugs)),
    autoPublish: options.autoPublish ?? false,
    backlinks: resolveBacklinks(options.backlinks),
    disabled: options.disabled ?? false,
    gate: { isAdmin: isGateAdmin },
    images: resolveImages(options, config.collections ?? []),
    limits: resolveLimits(options),
    llm: resolveLlm(options),
    mediaCollection: options.mediaCollection,
    overrides: { ...(options.overrides ?? {}) },
    pipeline: resolvePipeline(options),
    rateLimits: resolveRateLimits(options.rateLimits, isGateAdmin),
    refine: resolveRefine(options.refine),
    seedDefaultKit: options.seedDefaultKit ?? true,
    site: resolveSite(options),
    siteSettings: resolveSiteSettings(options, new Set((config.globals ?? []).map((g) => g.slug))),
    slugs,
    usersSlug: config.admin?.user ?? 'users',
  }
}
