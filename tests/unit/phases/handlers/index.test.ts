import type { Field } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { articleFields } from '../../../../src/collections/articleFields.js'
import { markdownKinds, outputKinds } from '../../../../src/kit/outputKinds.js'
import { getPhaseHandler, phaseHandlers } from '../../../../src/phases/index.js'
import { isJsonOutputKind, markdownOutputSchema, phaseSchemas } from '../../../../src/phases/schemas/index.js'
import { testOptions } from './context.js'

/** Top-level data names of the article: named fields, looking through tabs and rows. */
const dataNames = (fields: Field[]): string[] =>
  fields.flatMap((field) => {
    if ('name' in field) return [field.name]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [tab.name] : dataNames(tab.fields)))
    return 'fields' in field ? dataNames(field.fields) : []
  })

describe('phaseHandlers', () => {
  it('has one handler per output kind, under its own kind', () => {
    expect(Object.keys(phaseHandlers).sort()).toEqual([...outputKinds].sort())
    for (const kind of outputKinds) expect(phaseHandlers[kind].kind).toBe(kind)
  })

  it('validates JSON kinds with their schema and markdown kinds as markdown', () => {
    for (const kind of outputKinds) {
      const handler = phaseHandlers[kind]
      if (isJsonOutputKind(kind)) {
        expect(handler).toMatchObject({ format: 'json', schema: phaseSchemas[kind] })
      } else {
        expect(markdownKinds.has(kind)).toBe(true)
        expect(handler).toMatchObject({ format: 'markdown', schema: markdownOutputSchema })
      }
    }
  })

  it('names only fields the article has', () => {
    const names = new Set(dataNames(articleFields(testOptions)))
    for (const handler of Object.values(phaseHandlers)) {
      for (const field of handler.fields) expect(names).toContain(field)
    }
  })
})

describe('getPhaseHandler', () => {
  it('returns the handler of a kind', () => {
    expect(getPhaseHandler('faq')).toBe(phaseHandlers.faq)
  })

  it('throws a clear error for an unknown kind', () => {
    expect(() => getPhaseHandler('summary')).toThrow(
      'payload-prompt-kit: no phase handler for output kind "summary"; expected one of outline, research,',
    )
    expect(() => getPhaseHandler('toString')).toThrow('no phase handler for output kind "toString"')
  })
})
