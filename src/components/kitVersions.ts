/** A saved version of a prompt kit as Payload's REST lists it (`GET /api/<kits>/versions`). */
export type KitVersionDoc = { id?: number | string; updatedAt?: string }

/** One entry of the Kit version select; `id` keeps its type, since the endpoint looks it up as given. */
export type KitVersionOption = { id: number | string; latest: boolean; updatedAt: string }

/** Newest first, whatever order the server sent; the newest is the kit as it is now ("latest"). */
export const kitVersionOptions = (docs: KitVersionDoc[]): KitVersionOption[] =>
  docs
    .filter((doc): doc is Required<KitVersionDoc> => doc.id !== undefined && doc.id !== null && typeof doc.updatedAt === 'string')
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))
    .map((doc, i) => ({ id: doc.id, latest: i === 0, updatedAt: doc.updatedAt }))

/** A version's date as the editor reads it; seconds too, since saves a minute apart are common. */
export const kitVersionDate = (option: Pick<KitVersionOption, 'updatedAt'>, locale?: string) =>
  new Date(option.updatedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' })

/**
 * What the last run was pinned to (`run.kitVersion`): the current kit when empty, a listed version,
 * or an ID that is not among the listed ones (older than the list, or versions not readable).
 */
export const lastRunKitVersion = (
  kitVersion: null | string | undefined,
  options: KitVersionOption[] | null,
): { id: string; kind: 'unlisted' } | { kind: 'current' } | { kind: 'listed'; option: KitVersionOption } => {
  if (kitVersion === null || kitVersion === undefined || kitVersion === '') return { kind: 'current' }
  const option = options?.find((o) => String(o.id) === kitVersion)
  return option ? { kind: 'listed', option } : { id: kitVersion, kind: 'unlisted' }
}
