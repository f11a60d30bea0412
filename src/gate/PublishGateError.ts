import { ValidationError } from 'payload'

import type { CheckResult } from './types.js'

/** One failed check as sent to clients (REST/GraphQL `data.errors`, the admin's field errors). */
export type PublishGateFailure = Pick<CheckResult, 'id' | 'label' | 'message'> & { path: string }

/**
 * A publish rejected by the checklist: HTTP 400 listing every failed check. A `ValidationError`, so
 * the admin marks each field by its `path` and its toast lists the labels (split at the first colon,
 * then at commas, which labels therefore never contain).
 */
export class PublishGateError extends ValidationError {
  readonly failures: PublishGateFailure[]

  constructor(failed: CheckResult[], { collection, id }: { collection: string; id?: number | string }) {
    const failures = failed.map(({ id: check, label, message, path }) => ({
      id: check,
      label,
      message,
      path: path ?? '',
    }))
    super({ collection, errors: failures, id })
    this.name = 'PublishGateError'
    this.message = `Publishing blocked by the pre-publish checklist: ${failures.map((f) => f.label).join(', ')}`
    this.failures = failures
  }
}
