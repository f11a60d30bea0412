/** What the Open Graph card shows. */
export type OgCardProps = {
  authorName?: string
  authorRole?: string
  siteName?: string
  title: string
}

/** Characters the bundled font cannot draw would make `next/og` fetch fonts or emoji from the internet. */
const pictographs = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu

/** Card text: no emoji (offline rendering), single spaces, at most `max` characters. */
export const cardText = (value: string, max: number): string => {
  const clean = Array.from(value.replace(pictographs, '').replace(/\s+/g, ' ').trim())
  return clean.length <= max ? clean.join('') : `${clean.slice(0, max - 1).join('').trimEnd()}…`
}

/** Long titles get a smaller size so up to four lines fit. */
const titleSize = (title: string) => (title.length > 90 ? 56 : title.length > 60 ? 64 : 76)

/**
 * The 1200×630 card as `ImageResponse` (satori) draws it: flexbox only, inline styles, the
 * bundled font. Dark text on a light ground with an accent bar, readable as a small thumbnail.
 */
export const OgCard = ({ authorName, authorRole, siteName, title }: OgCardProps) => {
  const heading = cardText(title, 140)
  const byline = [authorName && cardText(authorName, 60), authorRole && cardText(authorRole, 60)].filter(Boolean).join(' · ')
  return (
    <div
      style={{
        background: 'linear-gradient(135deg, #f8fafc 0%, #dbeafe 100%)',
        color: '#0f172a',
        display: 'flex',
        flexDirection: 'column',
        height: '100%',
        justifyContent: 'space-between',
        padding: '64px 72px',
        width: '100%',
      }}
    >
      <div style={{ alignItems: 'center', display: 'flex', fontSize: 30, gap: 20 }}>
        <div style={{ background: '#0b5cad', borderRadius: 6, display: 'flex', height: 36, width: 12 }} />
        <div style={{ color: '#0b5cad', display: 'flex' }}>{cardText(siteName ?? '', 60)}</div>
      </div>
      <div style={{ display: 'flex', fontSize: titleSize(heading), letterSpacing: '-0.02em', lineHeight: 1.15 }}>{heading}</div>
      <div style={{ color: '#334155', display: 'flex', fontSize: 30, minHeight: 36 }}>{byline}</div>
    </div>
  )
}
