import { heading, linkParagraph, paragraph, publishableArticle, publishableFaq, richText } from '../../support/publishableArticle.js'

export { publishableFaq }

/** A 1×1 PNG, so the media collection stores a real image. */
export const tinyPng = () =>
  new Blob([Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')], {
    type: 'image/png',
  })

/** A Lexical code block as the article editor stores it. */
export const codeBlock = (code: string, language: string) => ({
  type: 'block',
  fields: { id: `code-${language}`, blockName: '', blockType: 'Code', code, language },
  format: '',
  version: 2,
})

export const attack = '</script><script>alert(1)</script>'

type Ref = number | string

/** The main article: every field the page renders, passing the publish gate. */
export const mainArticle = (args: { author: Ref; brief: Ref; image: Ref; imageFilename: string; related: Ref; slug: string }) =>
  publishableArticle({
    _status: 'published',
    author: args.author,
    body: richText(
      heading('h2', 'CI vs CD in a Python project'),
      paragraph('Continuous integration runs the test suite on every push.'),
      codeBlock('def test_ci():\n    assert "<ci>" != "cd"', 'python'),
      heading('h3', 'Pipeline stages'),
      paragraph('Lint, test, build and deploy.'),
      heading('h2', 'Choosing tools'),
      paragraph('GitHub Actions covers both.'),
    ),
    brief: args.brief,
    conclusion: richText(paragraph('Start with CI, then automate delivery.'), linkParagraph('the pipeline guide', 'articles', args.related)),
    imagePlan: [
      {
        altText: 'Diagram of the CI vs CD pipeline stages',
        description: 'Where CI ends and CD begins',
        filename: args.imageFilename,
        format: 'simplified-diagram',
        // The editor's upload: only planned images with one become figures on the public page.
        image: args.image,
        placement: 'CI vs CD in a Python project',
        type: 'diagram',
      },
      { altText: 'Screenshot of a GitHub Actions run', filename: 'actions-run.png', placement: 'Nowhere in particular', type: 'screenshot' },
    ],
    internalLinks: [{ anchorText: 'CI vs CD pipelines in practice', article: args.related, placement: 'Choosing tools' }],
    meta: {
      description:
        'CI vs CD explained for Python developers: what each practice automates, how they differ, and how to set up both with GitHub Actions step by step today.',
      image: args.image,
      imageAlt: 'A CI vs CD pipeline diagram',
      ogDescription: 'CI or CD first? A practical CI vs CD answer for Python teams.',
      ogTitle: 'CI vs CD, explained for Python teams',
      title: 'CI vs CD for Python: Differences, Tools and Best Practices',
    },
    slug: args.slug,
    title: 'CI vs CD: What Python Developers Need to Know',
  })

export const relatedArticle = (args: { author: Ref; brief: Ref; slug: string }) =>
  publishableArticle({ _status: 'published', author: args.author, brief: args.brief, slug: args.slug, title: 'CI vs CD: Pipelines in Practice' })

/** Title, meta title and a FAQ question that try to close the JSON-LD script. */
export const hostileArticle = (args: { brief: Ref; slug: string }) =>
  publishableArticle({
    _status: 'published',
    brief: args.brief,
    faq: [{ answer: `Yes, as text. ${attack}`, question: `Is CI vs CD ${attack} safe?` }, ...publishableFaq],
    meta: {
      description:
        'CI vs CD explained for Python developers: what each practice automates, how they differ, and how to set up both with GitHub Actions step by step today.',
      title: `CI vs CD ${attack}`,
    },
    slug: args.slug,
    title: `CI vs CD ${attack}`,
  })

export const draftArticle = (args: { brief: Ref; slug: string }) =>
  publishableArticle({ _status: 'draft', brief: args.brief, slug: args.slug, title: 'CI vs CD draft: not public yet' })
