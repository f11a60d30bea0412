import type { Payload } from 'payload'

import path from 'node:path'

/**
 * The upload of a file committed in dev/seed, created once. Found again by its name (Payload may
 * add `-1` when dev/media still holds a copy from an older database).
 */
export const seedUpload = async (
  payload: Payload,
  { alt, collection, devDir, file }: { alt: string; collection: string; devDir: string; file: string },
): Promise<number | string> => {
  const stem = path.basename(file, path.extname(file))
  const { docs } = await payload.find({ collection, depth: 0, limit: 1, pagination: false, where: { filename: { like: stem } } })
  if (docs[0]) return docs[0].id
  const created = await payload.create({ collection, data: { alt }, filePath: path.join(devDir, 'seed', file) })
  return created.id
}
