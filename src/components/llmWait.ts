import type { ComponentStringKey } from '../i18n/componentStrings.js'
import type { LlmWait } from '../pipeline/status.js'

type Translate = (key: ComponentStringKey, vars?: Record<string, string>) => string

/** Beyond this the endpoint's message is cut: the panel is a narrow sidebar. */
const MAX_REASON_CHARS = 160

export type WaitClock = {
  locale: string
  now: Date
  /** For tests; the panel shows the browser's own time zone. */
  timeZone?: string
}

const dayOf = (date: Date, timeZone?: string) => date.toLocaleDateString('en-CA', { timeZone })

/** The time of day for a moment today, with the date for another day (a wait can span midnight). */
export const waitTime = (iso: string, { locale, now, timeZone }: WaitClock): string => {
  const at = new Date(iso)
  return dayOf(at, timeZone) === dayOf(now, timeZone)
    ? at.toLocaleTimeString(locale, { timeStyle: 'medium', timeZone })
    : at.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone })
}

const shortReason = (reason: string) => (reason.length > MAX_REASON_CHARS ? `${reason.slice(0, MAX_REASON_CHARS - 1)}…` : reason)

/** "Waiting for the LLM since 10:02:07, next try 10:03:12 (429 Too Many Requests)" in the editor's language. */
export const llmWaitText = (wait: LlmWait, t: Translate, clock: WaitClock): string => {
  const vars = {
    nextTry: wait.nextTryAt ? waitTime(wait.nextTryAt, clock) : t('llmNextTrySoon'),
    since: waitTime(wait.since, clock),
  }
  return wait.reason ? t('waitingForLlm', { ...vars, reason: shortReason(wait.reason) }) : t('waitingForLlmNoReason', vars)
}
