import type { CollectionBeforeChangeHook } from 'payload'

import type { GateArticle } from '../gate/types.js'
import type { ResolvedPromptKitOptions } from '../types.js'

import { applyOverrideChange, isGateAdmin, isPendingOverride } from '../gate/override.js'
import { primaryKeywordOf } from '../gate/primaryKeywordOf.js'
import { PUBLISH_OVERRIDE } from '../gate/publishOverrideField.js'
import { publishedLinkResolver } from '../gate/publishedLinkResolver.js'
import { PublishGateError } from '../gate/PublishGateError.js'
import { runPublishChecks } from '../gate/runPublishChecks.js'

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined

/**
 * The pre-publish gate. Every save that writes the published version (create or update with
 * `_status: 'published'`: admin "Publish", REST/GraphQL without `draft`, Local API) runs the
 * checklist on the document as it will be saved and fails with a 400 listing every failed check,
 * unless an admin has written an unused `publishOverride.reason`, which is then recorded as used.
 * Must run after the JSON-LD sync so the FAQ check sees the rebuilt FAQPage.
 */
export const publishGateHook =
  (options: ResolvedPromptKitOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const admin = isGateAdmin(options.gate.isAdmin, req)
    const override = applyOverrideChange(data, originalDoc, admin)

    // Payload has already filled `_status` from the stored document when the client left it out;
    // a draft save sets it to 'draft'.
    if (data._status !== 'published') return data

    // On update `data` may hold only the submitted fields; `meta` is a group, so merge one level deeper.
    const article = {
      ...(originalDoc ?? {}),
      ...data,
      meta: { ...asRecord(originalDoc?.meta), ...asRecord(data.meta) },
    } as GateArticle & Record<string, unknown>
    const report = await runPublishChecks(article, {
      articlesCollection: collection.slug,
      primaryKeyword: await primaryKeywordOf(req, options.slugs.briefs, article.brief),
      resolveLinks: publishedLinkResolver(req),
    })
    const id = originalDoc?.id as number | string | undefined

    if (report.warnings.length) {
      req.payload.logger.info({
        msg: `payload-prompt-kit: publishing ${collection.slug} ${String(id ?? '(new)')} with warnings: ${report.warnings.map((w) => w.message).join(' ')}`,
      })
    }
    if (report.ok) return data

    if (admin && isPendingOverride(override)) {
      // `by` relates to the users collection; a Local API user object may carry no `collection`.
      const by =
        req.user && (req.user.collection ?? options.usersSlug) === options.usersSlug ? req.user.id : null
      data[PUBLISH_OVERRIDE] = { ...override, at: new Date().toISOString(), by }
      req.payload.logger.warn({
        failedChecks: report.errors.map((e) => e.id),
        msg: `payload-prompt-kit: ${collection.slug} ${String(id ?? '(new)')} published by admin override despite ${report.errors.length} failed checks`,
        reason: override?.reason,
        user: req.user?.id,
      })
      return data
    }
    throw new PublishGateError(report.errors, { collection: collection.slug, id })
  }
