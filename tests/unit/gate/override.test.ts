import { ValidationError } from 'payload'

import { defaultIsGateAdmin } from '../../../src/gate/isAdmin.js'
import {
  applyOverrideChange,
  isPendingOverride,
  PublishOverrideForbiddenError,
} from '../../../src/gate/override.js'
import { PublishGateError } from '../../../src/gate/PublishGateError.js'

describe('defaultIsGateAdmin', () => {
  it.each([
    [{ roles: ['editor', 'admin'] }, true],
    [{ role: 'admin' }, true],
    [{ roles: ['editor'] }, false],
    [{ role: 'editor' }, false],
    [{ roles: 'admin' }, false],
    [{}, false],
  ])('%j → %s', (user, expected) => expect(defaultIsGateAdmin(user as never)).toBe(expected))
})

describe('applyOverrideChange', () => {
  const used = { at: '2024-01-01T00:00:00.000Z', by: 1, reason: 'Launch day' }

  it('keeps the stored override when the save leaves the group or the reason out', () => {
    expect(applyOverrideChange({}, { publishOverride: used }, false)).toEqual(used)
    expect(applyOverrideChange({ publishOverride: {} }, { publishOverride: used }, false)).toEqual(used)
  })

  it('lets anyone resend an unchanged reason (the admin form sends every field)', () => {
    const data = { publishOverride: { ...used, reason: ' Launch day ' } }
    expect(applyOverrideChange(data, { publishOverride: used }, false)).toEqual(data.publishOverride)
  })

  it('refuses a changed reason from a non-admin with a 403 naming the field', () => {
    let error: unknown
    try {
      applyOverrideChange({ publishOverride: { reason: 'Because' } }, undefined, false)
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(PublishOverrideForbiddenError)
    expect(error).toMatchObject({ data: { errors: [{ path: 'publishOverride.reason' }] }, status: 403 })
    // Clearing counts as a change too.
    expect(() =>
      applyOverrideChange({ publishOverride: { reason: '' } }, { publishOverride: used }, false),
    ).toThrow(PublishOverrideForbiddenError)
  })

  it('makes an admin’s new reason pending: by and at are cleared until a publish uses it', () => {
    const data: Record<string, unknown> = { publishOverride: { ...used, reason: 'New reason' } }
    const result = applyOverrideChange(data, { publishOverride: used }, true)
    expect(result).toEqual({ at: null, by: null, reason: 'New reason' })
    expect(data.publishOverride).toEqual(result)
    expect(isPendingOverride(result)).toBe(true)
  })

  it('treats a used or empty reason as not pending', () => {
    expect(isPendingOverride(used)).toBe(false)
    expect(isPendingOverride({ reason: '  ' })).toBe(false)
    expect(isPendingOverride(undefined)).toBe(false)
  })
})

describe('PublishGateError', () => {
  it('is a 400 ValidationError listing every failed check with its field path', () => {
    const error = new PublishGateError(
      [
        {
          id: 'faq-present',
          label: 'FAQ present',
          message: 'The FAQ is empty.',
          ok: false,
          path: 'faq',
          severity: 'error',
        },
        {
          id: 'primary-keyword',
          label: 'Primary keyword',
          message: 'No keyword.',
          ok: false,
          severity: 'error',
        },
      ],
      { collection: 'articles', id: 4 },
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.status).toBe(400)
    expect(error.name).toBe('PublishGateError')
    expect(error.message).toBe(
      'Publishing blocked by the pre-publish checklist: FAQ present, Primary keyword',
    )
    expect(error.data).toMatchObject({
      collection: 'articles',
      errors: [
        { id: 'faq-present', label: 'FAQ present', message: 'The FAQ is empty.', path: 'faq' },
        { id: 'primary-keyword', message: 'No keyword.', path: '' },
      ],
    })
    expect(error.failures).toHaveLength(2)
  })
})
