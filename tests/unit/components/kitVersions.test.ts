import { kitVersionDate, kitVersionOptions, lastRunKitVersion } from '../../../src/components/kitVersions.js'

describe('kitVersionOptions', () => {
  it('lists versions newest first and marks only the newest as latest', () => {
    const options = kitVersionOptions([
      { id: 1, updatedAt: '2025-01-01T10:00:00.000Z' },
      { id: 3, updatedAt: '2025-03-01T10:00:00.000Z' },
      { id: 2, updatedAt: '2025-02-01T10:00:00.000Z' },
    ])
    expect(options).toEqual([
      { id: 3, latest: true, updatedAt: '2025-03-01T10:00:00.000Z' },
      { id: 2, latest: false, updatedAt: '2025-02-01T10:00:00.000Z' },
      { id: 1, latest: false, updatedAt: '2025-01-01T10:00:00.000Z' },
    ])
  })

  it('keeps string IDs as they are and skips entries without an ID or a date', () => {
    expect(kitVersionOptions([{ id: 'abc', updatedAt: '2025-01-01T00:00:00.000Z' }, { updatedAt: '2025-02-01T00:00:00.000Z' }, { id: 5 }])).toEqual([
      { id: 'abc', latest: true, updatedAt: '2025-01-01T00:00:00.000Z' },
    ])
    expect(kitVersionOptions([])).toEqual([])
  })
})

describe('kitVersionDate', () => {
  it('shows the date with seconds, in the given language', () => {
    const label = kitVersionDate({ updatedAt: '2025-03-01T10:00:07.000Z' }, 'en')
    expect(label).toMatch(/2025/)
    expect(label).toMatch(/:07/)
  })
})

describe('lastRunKitVersion', () => {
  const options = kitVersionOptions([
    { id: 7, updatedAt: '2025-02-01T00:00:00.000Z' },
    { id: 4, updatedAt: '2025-01-01T00:00:00.000Z' },
  ])

  it('is the current kit when the run was not pinned', () => {
    for (const empty of [null, undefined, '']) expect(lastRunKitVersion(empty, options)).toEqual({ kind: 'current' })
  })

  it('finds a listed version by its ID, stored as text', () => {
    expect(lastRunKitVersion('4', options)).toEqual({ kind: 'listed', option: options[1] })
  })

  it('keeps the ID of a version that is not listed, or when versions could not be read', () => {
    expect(lastRunKitVersion('99', options)).toEqual({ id: '99', kind: 'unlisted' })
    expect(lastRunKitVersion('4', null)).toEqual({ id: '4', kind: 'unlisted' })
  })
})
