import type { Payload, PayloadRequest } from 'payload'

import type { ImagePlanItem } from '../../phases/imagesUploads.js'
import type { Doc, Id } from '../../pipeline/types.js'
import type { ResolvedPromptKitOptions } from '../../types.js'

import { createLlmClient, type LlmClient } from '../../llm/client.js'
import { readArticle, updateArticle } from '../../pipeline/store/articles.js'
import { createGeneration, findGenerations, recordGeneration } from '../../pipeline/store/generations.js'
import { idOf } from '../../pipeline/types.js'
import { getPromptKitOptions } from '../../pluginOptions.js'
import { heroPrompt } from './heroPrompt.js'
import { imageCost } from './imageCost.js'
import { requestImage } from './imagesApi.js'
import { storeImage } from './storeImage.js'

/** The `phase` of the generations that record hero images. */
export const HERO_IMAGE_PHASE = 'heroImage'

export type HeroImageOutcome =
  | { generation: Id; media: Id; status: 'generated' }
  /** Nothing to do: the option is off, the plan has no items, or the hero already has an upload. */
  | { reason: 'claimed-elsewhere' | 'disabled' | 'has-image' | 'no-plan'; status: 'skipped' }
  /** Nothing in the article changed; `generation` records the failed attempt when one was made. */
  | { error: string; generation?: Id; status: 'failed' }

export type GenerateHeroImageArgs = {
  articleId: Id
  /**
   * A key the same image must never be generated twice under (e.g. the job's ID): a second call
   * with it does nothing. Unset: every call may generate.
   */
  claim?: string
  req?: PayloadRequest
  /** Who asked; recorded on the generation. */
  userId?: Id
}

type Context = { article: Doc; hero: ImagePlanItem; options: ResolvedPromptKitOptions; payload: Payload } & GenerateHeroImageArgs

const planOf = (article: Doc): ImagePlanItem[] => (Array.isArray(article.imagePlan) ? (article.imagePlan as ImagePlanItem[]) : [])
const hasUpload = (item: ImagePlanItem | undefined) => idOf(item?.image) !== undefined && item?.image !== ''

/** The running generation, or undefined when another caller holds the claim (the unique index on run, phase, attempt). */
const startGeneration = async (ctx: Context, client: LlmClient, prompt: string): Promise<Id | undefined> => {
  const store = { options: ctx.options, payload: ctx.payload, req: ctx.req }
  const data = {
    article: ctx.articleId,
    attempts: 1,
    brief: idOf(ctx.article.brief) ?? null,
    messages: [{ content: prompt, role: 'user' }],
    model: ctx.options.images.model,
    params: { baseURL: client.settings.baseURL, n: 1, size: ctx.options.images.size },
    phase: HERO_IMAGE_PHASE,
    status: 'running',
    triggeredBy: ctx.userId ?? null,
    ...(ctx.claim ? { run: ctx.claim, runAttempt: 1 } : {}),
  }
  try {
    return (await createGeneration(store, data)).id
  } catch (err) {
    if (!ctx.claim) throw err
    const held = await findGenerations(store, { and: [{ run: { equals: ctx.claim } }, { phase: { equals: HERO_IMAGE_PHASE } }] }, 'createdAt', 1)
    if (held.length) return undefined
    throw err
  }
}

/** Put the upload on the hero, unless the plan changed meanwhile (another hero, or one with an upload). */
const setOnHero = (ctx: Context, media: Id) =>
  updateArticle({ articleId: ctx.articleId, options: ctx.options, payload: ctx.payload, req: ctx.req }, (article) => {
    const plan = planOf(article)
    const hero = plan[0]
    if (!hero || hasUpload(hero) || hero.filename !== ctx.hero.filename) return null
    return { imagePlan: plan.map((item, i) => (i === 0 ? { ...item, image: media } : item)) }
  })

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? 'unknown error'

/** Ask for the image, store it, set it on the hero; every failure is recorded on the generation. */
const produce = async (ctx: Context, client: LlmClient): Promise<HeroImageOutcome> => {
  const prompt = heroPrompt(ctx.article.title, ctx.hero)
  const generation = await startGeneration(ctx, client, prompt)
  if (generation === undefined) return { reason: 'claimed-elsewhere', status: 'skipped' }
  const store = { options: ctx.options, payload: ctx.payload, req: ctx.req }
  const answer = await requestImage(client, { model: ctx.options.images.model, prompt, size: ctx.options.images.size, timeoutMs: ctx.options.images.timeoutMs })
  const spent = answer.ok ? { completionTokens: answer.usage?.outputTokens, cost: imageCost(ctx.options, answer.usage), promptTokens: answer.usage?.inputTokens, totalTokens: answer.usage?.totalTokens } : {}
  const fail = async (error: string): Promise<HeroImageOutcome> => {
    await recordGeneration(store, generation, { ...spent, error, latencyMs: answer.latencyMs, status: 'failed' })
    return { error, generation, status: 'failed' }
  }
  if (!answer.ok) return fail(answer.error)
  let media: Id
  try {
    media = await storeImage(ctx.payload, ctx.options.images.collection!, { alt: ctx.hero.altText, bytes: answer.bytes, kind: answer.kind, plannedName: ctx.hero.filename }, ctx.req)
  } catch (err) {
    return fail(client.redact(`storing the image in ${ctx.options.images.collection} failed: ${messageOf(err)}`))
  }
  try {
    await setOnHero(ctx, media)
  } catch (err) {
    return fail(client.redact(`the image was stored (${ctx.options.images.collection} ${String(media)}) but could not be set on the article: ${messageOf(err)}`))
  }
  await recordGeneration(store, generation, { ...spent, latencyMs: answer.latencyMs, parsedOutput: { media }, status: 'succeeded' })
  return { generation, media, status: 'generated' }
}

/**
 * Generate the hero image (the image plan's first item) of an article through the images API of
 * the configured endpoint, store it in `images.collection` with the plan's alt text, set it on the
 * item and record a generation (phase `heroImage`) with its cost. Needs `images.generate`. Never
 * changes the article on failure; never throws for an API or storage failure (a typed outcome).
 */
export const generateHeroImage = async (payload: Payload, args: GenerateHeroImageArgs): Promise<HeroImageOutcome> => {
  const options = getPromptKitOptions(payload)
  if (options.disabled || !options.images.generate || !options.images.collection) return { reason: 'disabled', status: 'skipped' }
  const article = await readArticle({ articleId: args.articleId, options, payload, req: args.req })
  const hero = planOf(article)[0]
  if (!hero) return { reason: 'no-plan', status: 'skipped' }
  if (hasUpload(hero)) return { reason: 'has-image', status: 'skipped' }
  let client: LlmClient
  try {
    const { apiKey, baseURL } = options.llm
    client = createLlmClient({ apiKey, baseURL, model: options.images.model, timeoutMs: options.images.timeoutMs })
  } catch (err) {
    return { error: messageOf(err), status: 'failed' }
  }
  const outcome = await produce({ ...args, article, hero, options, payload }, client)
  const where = `payload-prompt-kit: hero image of article ${String(args.articleId)}`
  if (outcome.status === 'generated') payload.logger.info(`${where}: generated (${options.images.collection} ${String(outcome.media)})`)
  if (outcome.status === 'failed') payload.logger.warn(`${where}: ${outcome.error}; the article is unchanged`)
  return outcome
}
