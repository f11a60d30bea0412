/** The image formats the images API answers in, told apart by their first bytes. */
const signatures: Array<{ ext: string; matches: (b: Buffer) => boolean; mimeType: string }> = [
  { ext: 'png', matches: (b) => b.length > 8 && b.readUInt32BE(0) === 0x89504e47, mimeType: 'image/png' },
  { ext: 'jpg', matches: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff, mimeType: 'image/jpeg' },
  { ext: 'webp', matches: (b) => b.length > 12 && b.toString('ascii', 0, 4) === 'RIFF' && b.toString('ascii', 8, 12) === 'WEBP', mimeType: 'image/webp' },
]

export type ImageKind = { ext: string; mimeType: string }

/** The format of `bytes`, or undefined when they are not an image we store. */
export const imageKindOf = (bytes: Buffer): ImageKind | undefined => {
  const found = signatures.find((s) => s.matches(bytes))
  return found ? { ext: found.ext, mimeType: found.mimeType } : undefined
}

/** The plan's file name with the extension of the format the image came in (`hero.webp` → `hero.png`). */
export const fileNameFor = (planned: null | string | undefined, kind: ImageKind): string => {
  const base = (planned ?? '').trim().replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[^\w.-]+/g, '-') || 'hero-image'
  return `${base}.${kind.ext}`
}
