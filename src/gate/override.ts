import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { IsGateAdmin } from './isAdmin.js'

import { PUBLISH_OVERRIDE } from './publishOverrideField.js'

export type OverrideState = { at?: unknown; by?: unknown; reason?: null | string }

const asOverride = (value: unknown): OverrideState | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as OverrideState) : undefined

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** Refused: only an admin may write an override reason. HTTP 403 naming the field. */
export class PublishOverrideForbiddenError extends APIError {
  constructor() {
    const message = `Only an admin may set ${PUBLISH_OVERRIDE}.reason to override the pre-publish checks.`
    super(message, 403, { errors: [{ message, path: `${PUBLISH_OVERRIDE}.reason` }] }, true)
    this.name = 'PublishOverrideForbiddenError'
  }
}

export const isGateAdmin = (isAdmin: IsGateAdmin, req: PayloadRequest): boolean =>
  Boolean(req.user && isAdmin(req.user))

/**
 * Check a change of the override reason in this save and reset its record. A new (changed,
 * non-empty) reason is pending until a publish uses it; a non-admin may not change it at all.
 * Returns the override as it will be saved (the stored one when this save leaves it out).
 */
export const applyOverrideChange = (
  data: Record<string, unknown>,
  originalDoc: Record<string, unknown> | undefined,
  admin: boolean,
): OverrideState | undefined => {
  const incoming = asOverride(data[PUBLISH_OVERRIDE])
  const previous = asOverride(originalDoc?.[PUBLISH_OVERRIDE])
  // An update that leaves the group out keeps what is stored.
  if (!incoming || incoming.reason === undefined) return previous
  if (text(incoming.reason) === text(previous?.reason)) return incoming
  if (!admin) throw new PublishOverrideForbiddenError()
  const pending: OverrideState = { ...incoming, at: null, by: null }
  data[PUBLISH_OVERRIDE] = pending
  return pending
}

/** A reason that no publish has used yet (`at` is recorded on use). */
export const isPendingOverride = (override: OverrideState | undefined): boolean =>
  text(override?.reason) !== '' && !override?.at
