import { placementKey } from '../frontend/placement.js'
import { idOf } from '../pipeline/types.js'

/** One image-plan item as stored (depth 0: `image` is the upload's ID). */
export type ImagePlanItem = {
  altText?: null | string
  caption?: null | string
  description?: null | string
  filename?: null | string
  format?: null | string
  image?: unknown
  placement?: null | string
  type?: null | string
}

/** What moves with a kept upload: it describes the picture the editor chose. */
type KeptUpload = { altText?: null | string; caption?: null | string; image: number | string }

const nameKey = (item: ImagePlanItem) => (item.filename ?? '').trim().toLowerCase()
const slotKey = (item: ImagePlanItem) => (item.placement && item.type ? `${placementKey(item.placement)}\u0000${item.type}` : '')

const uploadOf = (item: ImagePlanItem): KeptUpload | undefined => {
  const image = idOf(item.image)
  return image === undefined || image === '' ? undefined : { altText: item.altText, caption: item.caption, image }
}

/**
 * A new image plan with the uploads of the current one kept where they still fit. The rule: an
 * upload moves to the new item with the same file name (case-insensitive); failing that, to the
 * new item under the same heading (placement compared as headings are) with the same type. Each
 * upload moves once, first match in plan order; its alt text and caption move with it (they
 * describe that picture). Uploads that fit no new item are dropped from the plan (the files stay
 * in the media collection).
 */
export const keepMatchingUploads = (current: unknown, next: ImagePlanItem[]): ImagePlanItem[] => {
  const uploaded = (Array.isArray(current) ? (current as ImagePlanItem[]) : []).flatMap((item) => {
    const upload = uploadOf(item)
    return upload ? [{ name: nameKey(item), slot: slotKey(item), upload }] : []
  })
  const taken = new Set<number>()
  const claim = (matches: (candidate: (typeof uploaded)[number]) => boolean) => {
    const index = uploaded.findIndex((candidate, i) => !taken.has(i) && matches(candidate))
    if (index === -1) return undefined
    taken.add(index)
    return uploaded[index]!.upload
  }
  // File names first over the whole plan, so a renamed-slot match never steals a same-name upload.
  const byName = next.map((item) => (nameKey(item) ? claim((c) => c.name === nameKey(item)) : undefined))
  return next.map((item, i) => {
    const kept = byName[i] ?? (slotKey(item) ? claim((c) => c.slot === slotKey(item)) : undefined)
    if (!kept) return item
    return { ...item, altText: kept.altText || item.altText, caption: kept.caption ?? item.caption, image: kept.image }
  })
}
