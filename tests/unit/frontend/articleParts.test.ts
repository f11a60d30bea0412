import { ArticleByline } from '../../../src/frontend/ArticleByline.js'
import { ArticleCard } from '../../../src/frontend/ArticleCard.js'
import { articleDates, shownDate } from '../../../src/frontend/articleDates.js'
import { ArticleToc } from '../../../src/frontend/ArticleToc.js'
import { AuthorBox } from '../../../src/frontend/AuthorBox.js'
import { authorProfile } from '../../../src/frontend/authorProfile.js'
import { headingAnchors, slugifyHeading } from '../../../src/frontend/headingAnchors.js'
import { articleWordCount, readingMinutes } from '../../../src/frontend/readingTime.js'
import { heading, paragraph, richText } from '../../support/publishableArticle.js'
import { render, scriptTags } from './render.js'

const author = {
  bio: 'Builds CI pipelines for Python teams.',
  id: 7,
  image: { alt: '', height: 400, url: '/media/ada.png', width: 300 },
  name: 'Ada Lovelace',
  role: 'Senior DevOps engineer',
  sameAs: [{ url: 'https://github.com/ada' }, { url: 'javascript:alert(1)' }, { url: 'https://www.linkedin.com/in/ada' }, {}],
  url: 'https://example.com/authors/ada',
}

describe('slugifyHeading / headingAnchors', () => {
  it('makes fragment-friendly slugs that keep letters of any script', () => {
    expect(slugifyHeading('CI vs CD: Tools & Best Practices')).toBe('ci-vs-cd-tools-best-practices')
    expect(slugifyHeading('Größe über alles')).toBe('große-uber-alles')
    expect(slugifyHeading('日本語 の 見出し')).toBe('日本語-の-見出し')
    expect(slugifyHeading('  ??? ')).toBe('section')
  })

  it('gives ids unique across parts, skipping reserved ones, and counts an H1 as H2', () => {
    const anchors = headingAnchors(
      [richText(heading('h1', 'Intro'), heading('h2', 'FAQ')), richText(heading('h2', 'Intro'), heading('h3', 'Setup')), null],
      { reservedIds: ['faq'] },
    )
    expect(anchors).toEqual([
      [
        { id: 'intro', level: 2, text: 'Intro' },
        { id: 'faq-2', level: 2, text: 'FAQ' },
      ],
      [
        { id: 'intro-2', level: 2, text: 'Intro' },
        { id: 'setup', level: 3, text: 'Setup' },
      ],
      [],
    ])
  })
})

describe('ArticleToc', () => {
  const headings = [
    { id: 'why', level: 2, text: 'Why' },
    { id: 'how', level: 2, text: 'How' },
    { id: 'step-1', level: 3, text: 'Step <1>' },
    { id: 'deep', level: 4, text: 'Too deep' },
  ]

  it('lists H2s with their H3s nested, linking to the ids', () => {
    const html = render(ArticleToc, { headings })
    expect(html).toBe(
      '<nav aria-label="Contents" class="ppk-toc"><p class="ppk-toc-title">Contents</p><ol>' +
        '<li><a href="#why">Why</a></li>' +
        '<li><a href="#how">How</a><ol><li><a href="#step-1">Step &lt;1&gt;</a></li></ol></li></ol></nav>',
    )
  })

  it('renders nothing for fewer entries than minEntries', () => {
    expect(render(ArticleToc, { headings: headings.slice(0, 1) })).toBe('')
    expect(render(ArticleToc, { headings: [] })).toBe('')
  })
})

describe('reading time', () => {
  it('counts the prose and FAQ words, not code', () => {
    const article = {
      body: richText(heading('h2', 'Two words'), paragraph('three more words')),
      faq: [{ answer: 'Yes it is.', question: 'Is it?' }, { answer: '', question: 'Skipped draft question' }],
      introduction: richText(paragraph('one')),
    }
    expect(articleWordCount(article)).toBe(1 + 2 + 3 + 2 + 3)
    expect(readingMinutes(article)).toBe(1)
    expect(readingMinutes({})).toBe(0)
    const long = { body: richText(paragraph(Array.from({ length: 1150 }, () => 'word').join(' '))) }
    expect(readingMinutes(long)).toBe(5)
  })
})

describe('article dates', () => {
  it('formats in UTC for <time datetime>, or nothing for a non-date', () => {
    expect(shownDate('2026-12-06T23:30:00.000Z')).toEqual({ iso: '2026-12-06T23:30:00.000Z', text: 'December 6, 2026' })
    expect(shownDate('2026-12-06T23:30:00.000Z', 'de-DE')?.text).toBe('6. Dezember 2026')
    expect(shownDate('not a date')).toBeUndefined()
    expect(shownDate(null)).toBeUndefined()
  })

  it('shows the update only when it falls on a later day', () => {
    expect(articleDates('2026-12-01T10:00:00Z', '2026-12-01T18:00:00Z').updated).toBeUndefined()
    expect(articleDates('2026-12-01T10:00:00Z', '2026-12-03T08:00:00Z').updated?.iso).toBe('2026-12-03T08:00:00.000Z')
  })
})

describe('authorProfile', () => {
  it('keeps the public fields, safe links only, and the name as alt text when the upload has none', () => {
    expect(authorProfile(author)).toEqual({
      bio: 'Builds CI pipelines for Python teams.',
      image: { alt: 'Ada Lovelace', height: 400, url: '/media/ada.png', width: 300 },
      name: 'Ada Lovelace',
      role: 'Senior DevOps engineer',
      sameAs: ['https://github.com/ada', 'https://www.linkedin.com/in/ada'],
      url: 'https://example.com/authors/ada',
    })
  })

  it('is undefined for an unpopulated ID, null or a doc without a name', () => {
    expect(authorProfile(7)).toBeUndefined()
    expect(authorProfile(null)).toBeUndefined()
    expect(authorProfile({ name: '  ', role: 'x' })).toBeUndefined()
  })
})

describe('AuthorBox', () => {
  it('shows photo, linked name, role, bio and profiles', () => {
    const html = render(AuthorBox, { author })
    expect(html).toMatch(/^<aside aria-label="About the author" class="ppk-author-box"><img alt="Ada Lovelace" class="ppk-author-photo"[^>]* src="\/media\/ada.png"/)
    expect(html).toContain('<a href="https://example.com/authors/ada" rel="author">Ada Lovelace</a>')
    expect(html).toContain('<p class="ppk-author-role">Senior DevOps engineer</p>')
    expect(html).toContain('<p class="ppk-author-bio">Builds CI pipelines for Python teams.</p>')
    expect(html).toContain('<li><a href="https://github.com/ada" rel="me noopener">github.com</a></li>')
    expect(html).toContain('<li><a href="https://www.linkedin.com/in/ada" rel="me noopener">linkedin.com</a></li>')
    expect(html.toLowerCase()).not.toContain('javascript')
  })

  it('renders nothing without a populated author', () => {
    expect(render(AuthorBox, { author: 7 })).toBe('')
    expect(render(AuthorBox, { author: undefined })).toBe('')
  })

  it('escapes author text', () => {
    const html = render(AuthorBox, { author: { bio: '</script><script>alert(1)</script>', name: '<b>Eve</b>' } })
    expect(scriptTags(html)).toHaveLength(0)
    expect(html).toContain('&lt;b&gt;Eve&lt;/b&gt;')
  })
})

describe('ArticleByline', () => {
  it('joins author, dates and reading time, each with machine-readable markup', () => {
    const html = render(ArticleByline, {
      author,
      publishedAt: '2026-12-01T10:00:00.000Z',
      readingMinutes: 6,
      updatedAt: '2026-12-04T10:00:00.000Z',
    })
    expect(html).toBe(
      '<p class="ppk-byline"><span class="ppk-byline-author">By <a href="https://example.com/authors/ada" rel="author">Ada Lovelace</a></span>' +
        '<span>Published <time dateTime="2026-12-01T10:00:00.000Z">December 1, 2026</time></span>' +
        '<span>Updated <time dateTime="2026-12-04T10:00:00.000Z">December 4, 2026</time></span>' +
        '<span>6 min read</span></p>',
    )
  })

  it('leaves out what is unknown, and renders nothing when nothing is known', () => {
    expect(render(ArticleByline, { author: 3, publishedAt: '2026-12-01T10:00:00.000Z' })).toBe(
      '<p class="ppk-byline"><span>Published <time dateTime="2026-12-01T10:00:00.000Z">December 1, 2026</time></span></p>',
    )
    expect(render(ArticleByline, {})).toBe('')
  })
})

describe('ArticleCard', () => {
  it('links the title and shows description, date and reading time', () => {
    const html = render(ArticleCard, {
      description: 'What CI and CD automate.',
      href: '/articles/ci-vs-cd',
      publishedAt: '2026-12-01T10:00:00.000Z',
      readingMinutes: 4,
      title: 'CI vs CD',
    })
    expect(html).toBe(
      '<article class="ppk-card"><h3 class="ppk-card-title"><a href="/articles/ci-vs-cd">CI vs CD</a></h3>' +
        '<p class="ppk-card-description">What CI and CD automate.</p>' +
        '<p class="ppk-card-meta"><time dateTime="2026-12-01T10:00:00.000Z">December 1, 2026</time><span aria-hidden="true"> · </span><span>4 min read</span></p></article>',
    )
  })

  it('renders only the title when nothing else is known', () => {
    expect(render(ArticleCard, { headingLevel: 2, href: '/a', title: 'A' })).toBe(
      '<article class="ppk-card"><h2 class="ppk-card-title"><a href="/a">A</a></h2></article>',
    )
  })
})
