import { ArticleFigure, IMAGE_PLACEHOLDER_SRC } from '../../../src/frontend/ArticleFigure.js'
import { render } from './render.js'

describe('ArticleFigure', () => {
  it('renders a figure with alt text, source and caption', () => {
    const html = render(ArticleFigure, {
      image: { altText: 'Build "stages" <diagram>', description: 'The pipeline', filename: 'p.png' },
      src: '/media/p.png',
    })
    expect(html).toBe(
      '<figure class="article-figure" data-filename="p.png"><img alt="Build &quot;stages&quot; &lt;diagram&gt;" decoding="async" loading="lazy" src="/media/p.png"/><figcaption>The pipeline</figcaption></figure>',
    )
  })

  it('uses a placeholder until the image exists, and skips images without alt text', () => {
    expect(render(ArticleFigure, { image: { altText: 'Alt', filename: 'x.png' } })).toContain(`src="${IMAGE_PLACEHOLDER_SRC.replace(/'/g, '&#x27;')}"`)
    expect(render(ArticleFigure, { image: { altText: ' ', filename: 'x.png' } })).toBe('')
  })
})
