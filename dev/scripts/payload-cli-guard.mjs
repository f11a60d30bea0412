/**
 * Preload for the payload CLI (see payload.mjs). Payload 3.79+ loads TypeScript through tsx's
 * off-thread loader, and under load the pending import can be dropped: the event loop empties and
 * Node exits with code 0 and no output (payloadcms/payload#16381), so a migration silently never
 * ran. The CLI always ends with process.exit(), so an emptied loop means it stopped early; a
 * question asked with no terminal to answer it (stdin closed) ends the same way.
 */
export const STOPPED_EARLY = 75

process.on('beforeExit', () => {
  console.error('payload CLI stopped before finishing: a known loader bug (payloadcms/payload#16381), or a question with no terminal to answer it')
  process.exit(STOPPED_EARLY)
})
