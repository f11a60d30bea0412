import type { ComponentStringKey } from '../../../src/i18n/componentStrings.js'

import { llmWaitText, waitTime } from '../../../src/components/llmWait.js'
import { componentStrings } from '../../../src/i18n/componentStrings.js'

/** Payload's `t` as the panel gets it: the language's template with `{{name}}` filled in. */
const translator = (language: 'de' | 'en') => (key: ComponentStringKey, vars: Record<string, string> = {}) =>
  componentStrings[language][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? `{{${name}}}`)

const now = new Date('2026-12-01T10:05:00.000Z')
const clock = (locale: string) => ({ locale, now, timeZone: 'UTC' })

describe('llmWaitText', () => {
  const wait = { nextTryAt: '2026-12-01T10:06:30.000Z', reason: '429 Too Many Requests', since: '2026-12-01T10:02:07.000Z' }

  it('says since when, when the next try goes out and why, in English', () => {
    expect(llmWaitText(wait, translator('en'), clock('en-GB'))).toBe(
      'Waiting for the LLM since 10:02:07, next try 10:06:30 (429 Too Many Requests).',
    )
  })

  it('says the same in German', () => {
    expect(llmWaitText(wait, translator('de'), clock('de'))).toBe(
      'Warten auf das LLM seit 10:02:07, nächster Versuch 10:06:30 (429 Too Many Requests).',
    )
  })

  it('leaves out a missing reason and says "soon" for an unknown next try', () => {
    expect(llmWaitText({ ...wait, nextTryAt: null, reason: null }, translator('en'), clock('en-GB'))).toBe(
      'Waiting for the LLM since 10:02:07, next try soon.',
    )
    expect(llmWaitText({ ...wait, nextTryAt: null, reason: null }, translator('de'), clock('de'))).toBe(
      'Warten auf das LLM seit 10:02:07, nächster Versuch in Kürze.',
    )
  })

  it('cuts a long reason to fit the sidebar', () => {
    const text = llmWaitText({ ...wait, reason: 'x'.repeat(500) }, translator('en'), clock('en-GB'))
    expect(text).toBe(`Waiting for the LLM since 10:02:07, next try 10:06:30 (${'x'.repeat(159)}…).`)
  })
})

describe('waitTime', () => {
  it('shows the time of day for today and adds the date for another day', () => {
    expect(waitTime('2026-12-01T23:59:59.000Z', clock('en-GB'))).toBe('23:59:59')
    expect(waitTime('2026-11-30T23:59:59.000Z', clock('en-GB'))).toBe('30 Nov 2026, 23:59:59')
  })
})
