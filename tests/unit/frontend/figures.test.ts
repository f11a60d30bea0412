import { describe, expect, it } from '@jest/globals'

import { ArticleFigure } from '../../../src/frontend/ArticleFigure.js'
import { figureUpload, heroUpload } from '../../../src/frontend/figureUpload.js'
import { render } from './render.js'

const upload = { alt: 'Upload alt', filename: 'stages.png', height: 630, id: 7, url: '/api/media/file/stages.png', width: 1200 }
const planned = { altText: 'Stages of a CI pipeline', caption: 'Where CI ends and CD begins', filename: 'ci-stages.webp', placement: 'Stages' }

describe('ArticleFigure', () => {
  it("renders the item's upload with the plan's alt text, its size, lazy loading and the plan's caption", () => {
    expect(render(ArticleFigure, { image: { ...planned, image: upload } })).toBe(
      '<figure class="ppk-figure" data-filename="ci-stages.webp">' +
        '<img alt="Stages of a CI pipeline" class="ppk-figure-img" decoding="async" height="630" loading="lazy" src="/api/media/file/stages.png" width="1200"/>' +
        '<figcaption class="ppk-figure-caption">Where CI ends and CD begins</figcaption></figure>',
    )
  })

  it('has no figcaption without a caption (the production description is not one)', () => {
    const html = render(ArticleFigure, { image: { altText: 'A', description: 'Designer notes', filename: 'a.png', image: upload } })
    expect(html).not.toContain('figcaption')
    expect(html).not.toContain('Designer notes')
  })

  it("falls back to the upload's alt text, and renders nothing without any alt text", () => {
    expect(render(ArticleFigure, { image: { altText: ' ', filename: 'a.png', image: upload } })).toContain('alt="Upload alt"')
    expect(render(ArticleFigure, { image: { altText: '', filename: 'a.png', image: { ...upload, alt: null } } })).toBe('')
  })

  it('renders nothing for an unfilled item on the public page, also when the upload is only an ID', () => {
    expect(render(ArticleFigure, { image: planned })).toBe('')
    expect(render(ArticleFigure, { image: { ...planned, image: 7 } })).toBe('')
    expect(render(ArticleFigure, { image: { ...planned, image: { id: 7, url: null } } })).toBe('')
  })

  it('shows a labelled placeholder for an unfilled item in draft preview', () => {
    expect(render(ArticleFigure, { image: planned, preview: true })).toBe(
      '<figure class="ppk-figure ppk-figure-planned" data-filename="ci-stages.webp">' +
        '<div aria-label="Stages of a CI pipeline" class="ppk-figure-placeholder" role="img">Planned image: ci-stages.webp (no upload yet)</div>' +
        '<figcaption class="ppk-figure-caption">Alt text: Stages of a CI pipeline</figcaption></figure>',
    )
    // A filled item looks the same in preview as on the public page.
    expect(render(ArticleFigure, { image: { ...planned, image: upload }, preview: true })).toBe(render(ArticleFigure, { image: { ...planned, image: upload } }))
  })

  it('takes the upload from the `upload` prop when the row holds only its ID, and `src` overrides its URL', () => {
    const html = render(ArticleFigure, { image: { ...planned, image: 7 }, src: 'https://cdn.example.com/stages.avif', upload })
    expect(html).toContain('src="https://cdn.example.com/stages.avif"')
    expect(html).toContain('width="1200"')
    // `src` alone does not fill an item.
    expect(render(ArticleFigure, { image: planned, src: '/media/ci-stages.webp' })).toBe('')
  })

  it('loads the main image eagerly with high priority', () => {
    const html = render(ArticleFigure, { image: { ...planned, image: upload }, priority: true })
    expect(html).toContain('fetchPriority="high"')
    expect(html).toContain('loading="eager"')
  })
})

describe('figureUpload', () => {
  it('keeps a URL and positive integer sizes, and nothing else', () => {
    expect(figureUpload(upload)).toEqual({ alt: 'Upload alt', height: 630, url: '/api/media/file/stages.png', width: 1200 })
    expect(figureUpload({ height: 0, url: '/x.png', width: 12.5 })).toEqual({ alt: undefined, height: undefined, url: '/x.png', width: undefined })
    expect(figureUpload(7)).toBeUndefined()
    expect(figureUpload({ url: '' })).toBeUndefined()
    expect(figureUpload(null)).toBeUndefined()
  })
})

describe('heroUpload', () => {
  it("is the first item's upload with the plan's alt text, or nothing while that item is unfilled", () => {
    expect(heroUpload([{ ...planned, image: upload }, { altText: 'b', image: { url: '/b.png' } }])).toEqual({
      alt: 'Stages of a CI pipeline',
      height: 630,
      url: '/api/media/file/stages.png',
      width: 1200,
    })
    expect(heroUpload([planned, { altText: 'b', image: { url: '/b.png' } }])).toBeUndefined()
    expect(heroUpload([{ altText: '', image: { url: '/a.png' } }])).toBeUndefined()
    expect(heroUpload(null)).toBeUndefined()
  })
})
