/**
 * The panels of one article edit view tell each other when the stored article changed (a run
 * finished, a proposal was reviewed), so each reloads what it shows without a page reload.
 */
const EVENT = 'promptKit:articleChanged'

type Detail = { article: string; source: string }

export const announceArticleChanged = (article: number | string, source: string) => {
  window.dispatchEvent(new CustomEvent<Detail>(EVENT, { detail: { article: String(article), source } }))
}

/** Subscribe to changes of `article` made by another panel; returns the unsubscribe function. */
export const onArticleChanged = (article: number | string, source: string, listener: () => void) => {
  const handle = (event: Event) => {
    const detail = (event as CustomEvent<Detail>).detail
    if (detail?.article === String(article) && detail.source !== source) listener()
  }
  window.addEventListener(EVENT, handle)
  return () => window.removeEventListener(EVENT, handle)
}
