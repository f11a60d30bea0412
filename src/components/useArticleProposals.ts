'use client'
import { useCallback, useEffect, useState } from 'react'

import type { Proposal } from '../pipeline/proposals.js'
import type { JsonAnswer } from './requestJson.js'

import { requestJson } from './requestJson.js'

type StoredArticle = Record<string, unknown> & { proposals?: Proposal[] }

/** The stored draft's proposals and the fields they would replace, reloaded on `reload()`. */
export const useArticleProposals = (documentUrl: null | string) => {
  const [article, setArticle] = useState<null | StoredArticle>(null)
  const [error, setError] = useState<JsonAnswer<unknown>['error']>(null)

  const reload = useCallback(async () => {
    if (!documentUrl) return
    const answer = await requestJson<StoredArticle>(`${documentUrl}?draft=true&depth=0`)
    setError(answer.error)
    if (answer.body) setArticle(answer.body)
  }, [documentUrl])

  useEffect(() => {
    void reload()
  }, [reload])

  return { article, error, proposals: Array.isArray(article?.proposals) ? article.proposals : [], reload }
}

/** A field's stored value by name or dotted path (`meta.title`). */
export const valueAt = (doc: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)
