'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { KitVersionDoc, KitVersionOption } from './kitVersions.js'

import { kitVersionOptions } from './kitVersions.js'
import { requestJson } from './requestJson.js'

export type KitVersionSlugs = { briefsSlug: string; defaultKitSlug: string; kitsSlug: string }

type Id = number | string
type ArticleRun = { brief?: { id?: Id } | Id | null; run?: { kitVersion?: null | string } | null }

const idOf = (value: unknown): Id | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return undefined
}

/** The kit a run of this brief uses, as loadRunKit picks it: the brief's own, else the default kit. */
const kitOfBrief = async (api: string, slugs: KitVersionSlugs, briefId: Id | undefined): Promise<Id | undefined> => {
  if (briefId !== undefined) {
    const brief = await requestJson<{ kit?: unknown }>(`${api}/${slugs.briefsSlug}/${encodeURIComponent(String(briefId))}?depth=0`)
    const kit = idOf(brief.body?.kit)
    if (kit !== undefined || brief.error) return kit
  }
  const where = `where[slug][equals]=${encodeURIComponent(slugs.defaultKitSlug)}`
  const found = await requestJson<{ docs?: { id: Id }[] }>(`${api}/${slugs.kitsSlug}?${where}&limit=1&depth=0`)
  return found.body?.docs?.[0]?.id
}

/**
 * For the Pipeline panel's Kit version select: the saved versions of the kit the article's brief
 * runs with (newest 20; null when they cannot be read, e.g. 403, so the select hides), and the
 * version the article's last run was pinned to. Read again whenever `runKey` changes (a run began
 * or ended), since the status endpoint does not carry the pinned version.
 */
export const useKitVersions = (documentUrl: null | string, slugs: KitVersionSlugs, runKey: string) => {
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  // undefined until the article is read; null when it names no brief.
  const [briefId, setBriefId] = useState<Id | null | undefined>(undefined)
  const [runKitVersion, setRunKitVersion] = useState<null | string>(null)
  const [versions, setVersions] = useState<KitVersionOption[] | null>(null)

  useEffect(() => {
    if (!documentUrl) return
    let current = true
    void requestJson<ArticleRun>(`${documentUrl}?depth=0&draft=true&select[brief]=true&select[run]=true`).then((answer) => {
      if (!current || !answer.body) return
      setBriefId(idOf(answer.body.brief) ?? null)
      setRunKitVersion(answer.body.run?.kitVersion || null)
    })
    return () => {
      current = false
    }
  }, [documentUrl, runKey])

  const { briefsSlug, defaultKitSlug, kitsSlug } = slugs
  useEffect(() => {
    if (briefId === undefined) return
    let current = true
    const load = async () => {
      const kitId = await kitOfBrief(api, { briefsSlug, defaultKitSlug, kitsSlug }, briefId ?? undefined)
      const query = `where[parent][equals]=${encodeURIComponent(String(kitId))}&sort=-updatedAt&limit=20&depth=0`
      const answer = kitId === undefined ? null : await requestJson<{ docs?: KitVersionDoc[] }>(`${api}/${kitsSlug}/versions?${query}`)
      if (current) setVersions(answer?.body?.docs ? kitVersionOptions(answer.body.docs) : null)
    }
    void load()
    return () => {
      current = false
    }
  }, [api, briefId, briefsSlug, defaultKitSlug, kitsSlug, runKey])

  return { runKitVersion, versions }
}
