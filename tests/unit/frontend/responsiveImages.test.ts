import { describe, expect, it } from '@jest/globals'

import { ArticleFigure } from '../../../src/frontend/ArticleFigure.js'
import { AuthorBox } from '../../../src/frontend/AuthorBox.js'
import { render } from './render.js'

const upload = { alt: 'Upload alt', height: 630, url: '/api/media/file/stages.png', width: 1200 }
const image = { altText: 'Stages of a CI pipeline', filename: 'stages.png', image: upload }
const srcSet =
  '/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fstages.png&w=640&q=75 640w, /_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fstages.png&w=1200&q=75 1200w'

describe('ArticleFigure with resized variants', () => {
  it('passes srcSet and sizes to the img, keeping the upload size and alt text', () => {
    const html = render(ArticleFigure, {
      image,
      sizes: '(max-width: 42rem) 100vw, 42rem',
      src: '/_next/image?url=x&w=1200&q=75',
      srcSet,
    })
    expect(html).toBe(
      '<figure class="ppk-figure" data-filename="stages.png">' +
        '<img alt="Stages of a CI pipeline" class="ppk-figure-img" decoding="async" height="630" loading="lazy" ' +
        `sizes="(max-width: 42rem) 100vw, 42rem" src="/_next/image?url=x&amp;w=1200&amp;q=75" srcSet="${srcSet.replaceAll('&', '&amp;')}" width="1200"/></figure>`,
    )
  })

  it('has no sizes without a srcSet, and srcSet alone does not fill an unfilled item', () => {
    expect(render(ArticleFigure, { image, sizes: '100vw' })).not.toContain('sizes=')
    expect(render(ArticleFigure, { image: { altText: 'A', filename: 'a.png' }, srcSet })).toBe('')
  })
})

describe('AuthorBox with a resized photo', () => {
  const author = {
    image: { alt: 'Portrait of Ada', height: 400, url: '/media/ada.png', width: 400 },
    name: 'Ada Lovelace',
  }

  it('shows photoSrc and photoSrcSet instead of the whole upload', () => {
    const html = render(AuthorBox, {
      author,
      photoSrc: '/_next/image?w=96',
      photoSrcSet: '/_next/image?w=96 1x, /_next/image?w=256 2x',
    })
    expect(html).toContain('alt="Portrait of Ada"')
    expect(html).toContain('src="/_next/image?w=96"')
    expect(html).toContain('srcSet="/_next/image?w=96 1x, /_next/image?w=256 2x"')
  })

  it("keeps the upload's URL and no srcSet by default", () => {
    const html = render(AuthorBox, { author })
    expect(html).toContain('src="/media/ada.png"')
    expect(html).not.toContain('srcSet')
  })
})
