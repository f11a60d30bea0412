import { jest } from '@jest/globals'

import type { ResolveLinks } from '../../../src/gate/types.js'

import { runPublishChecks } from '../../../src/gate/runPublishChecks.js'
import { heading, linkParagraph, publishableKeyword, richText } from '../../support/publishableArticle.js'
import { chars, gateArticle } from './article.js'

const none: ResolveLinks = async () => new Set()

describe('runPublishChecks', () => {
  it('passes the publishable article with no errors and no warnings', async () => {
    const report = await runPublishChecks(gateArticle(), {
      primaryKeyword: publishableKeyword,
      resolveLinks: none,
    })
    expect(report).toMatchObject({ errors: [], ok: true, warnings: [] })
    expect(report.results.every((r) => r.ok)).toBe(true)
    expect(report.results.length).toBeGreaterThanOrEqual(15)
  })

  it('reports warnings without blocking', async () => {
    const article = gateArticle({
      meta: { description: `CI vs CD ${chars(100)}`, title: `CI vs CD ${chars(31)}` },
    })
    const report = await runPublishChecks(article, { primaryKeyword: publishableKeyword, resolveLinks: none })
    expect(report.ok).toBe(true)
    expect(report.warnings.map((w) => w.id)).toEqual(['meta-title-target', 'meta-description-target'])
  })

  it('lists every failed check of a bad article', async () => {
    const article = gateArticle({
      body: richText(heading('h1', 'Another H1'), heading('h3', 'Deep'), linkParagraph('x', 'articles', 9)),
      eeat: [
        { kind: 'study', text: 'Most teams...', verified: false },
        { kind: 'experience', text: 'In [X] days.' },
      ],
      faq: [],
      internalLinks: [{ anchorText: 'draft one', article: 5 }],
      meta: { description: 'Too short.', title: 'Short' },
      title: 'Something else',
    })
    const report = await runPublishChecks(article, { primaryKeyword: publishableKeyword, resolveLinks: none })
    expect(report.ok).toBe(false)
    expect(report.errors.map((e) => e.id)).toEqual([
      'meta-title-length',
      'meta-description-length',
      'single-h1',
      'heading-levels',
      'keyword-in-title',
      'keyword-in-meta-description',
      'keyword-in-h2',
      'faq-present',
      'internal-links-published',
    ])
    expect(report.errors.every((e) => e.severity === 'error' && !/,/.test(e.label))).toBe(true)
    // Unverified or incomplete evidence stays off the page: a warning, never a blocker.
    expect(report.warnings.filter((w) => w.id.startsWith('eeat-')).map((w) => w.id)).toEqual(['eeat-studies', 'eeat-experience'])
  })

  it('resolves each distinct link target once, only when there are links', async () => {
    const resolveLinks = jest.fn<ResolveLinks>(async () => new Set(['articles:5', 'pages:2']))
    const article = gateArticle({
      body: richText(
        heading('h2', 'CI vs CD'),
        linkParagraph('a', 'pages', 2),
        linkParagraph('b', 'articles', 5),
      ),
      internalLinks: [{ anchorText: 'x', article: 5 }],
    })
    const report = await runPublishChecks(article, { primaryKeyword: publishableKeyword, resolveLinks })
    expect(resolveLinks).toHaveBeenCalledTimes(1)
    expect(resolveLinks).toHaveBeenCalledWith([
      { collection: 'articles', id: 5 },
      { collection: 'pages', id: 2 },
    ])
    expect(report.ok).toBe(true)

    resolveLinks.mockClear()
    await runPublishChecks(gateArticle(), { primaryKeyword: publishableKeyword, resolveLinks })
    expect(resolveLinks).not.toHaveBeenCalled()
  })

  it('uses the configured article collection for internalLinks rows', async () => {
    const resolveLinks = jest.fn<ResolveLinks>(async () => new Set(['posts:5']))
    const report = await runPublishChecks(gateArticle({ internalLinks: [{ anchorText: 'x', article: 5 }] }), {
      articlesCollection: 'posts',
      primaryKeyword: publishableKeyword,
      resolveLinks,
    })
    expect(report.ok).toBe(true)
    // Resolved as published, so the row does not wait either.
    expect(report.warnings.map((w) => w.id)).not.toContain('internal-links-waiting')
  })
})
