import type { SiteRevalidate } from 'payload-prompt-kit'

/** revalidatePath outside a Next request (payload CLI, jest, a job runner) has no cache to clear. */
const outsideNextRequest = (err: unknown) => err instanceof Error && err.message.includes('static generation store missing')

/**
 * `site.revalidate` for this Next app: mark the pages stale; Next re-renders them on the next
 * request once the saving request has finished (and its transaction committed).
 */
export const revalidateSite: SiteRevalidate = async (paths, { req }) => {
  // Imported on use: the payload CLI and tests load this config without Next.
  const { revalidatePath } = await import('next/cache.js')
  try {
    for (const path of paths) revalidatePath(path)
  } catch (err) {
    if (!outsideNextRequest(err)) throw err
    req.payload.logger.debug({ msg: `dev: not in a Next request; skipped revalidating ${paths.join(', ')}` })
  }
}
