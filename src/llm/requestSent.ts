import { AsyncLocalStorage } from 'node:async_hooks'
import diagnostics from 'node:diagnostics_channel'

/**
 * When an LLM request has left this process. Node's fetch (undici) reports each request it creates
 * and the moment its body is written on diagnostics channels; the request is matched to the call
 * that made it through the async context the call runs in. Only timing depends on this (see
 * pipeline/launchGate): with another fetch the callback runs when the call settles instead.
 */
const notifyWhenSent = new AsyncLocalStorage<() => void>()
const waiting = new WeakMap<object, () => void>()

type RequestMessage = { request?: object }

diagnostics.subscribe('undici:request:create', (message) => {
  const notify = notifyWhenSent.getStore()
  const { request } = message as RequestMessage
  if (notify && request) waiting.set(request, notify)
})

diagnostics.subscribe('undici:request:bodySent', (message) => {
  const { request } = message as RequestMessage
  const notify = request && waiting.get(request)
  if (!notify) return
  waiting.delete(request)
  notify()
})

/** Run `call`; `sent` runs once its first HTTP request is written, or once it settles, whichever comes first. */
export const callNotifyingSent = async <T>(sent: () => void, call: () => Promise<T>): Promise<T> => {
  let notified = false
  const once = () => {
    if (notified) return
    notified = true
    sent()
  }
  try {
    return await notifyWhenSent.run(once, call)
  } finally {
    once()
  }
}
