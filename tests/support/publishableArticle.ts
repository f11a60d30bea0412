import type { Payload, PayloadRequest } from 'payload'

/** Lexical JSON the way the editor stores it, for articles built in tests. */
const textNode = (text: string) => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})
const element = { direction: 'ltr', format: '', indent: 0, version: 1 }

export const paragraph = (text: string) => ({
  ...element,
  type: 'paragraph',
  children: [textNode(text)],
  textFormat: 0,
  textStyle: '',
})
export const heading = (tag: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6', text: string) => ({
  ...element,
  type: 'heading',
  children: [textNode(text)],
  tag,
})
/** An internal link (Lexical LinkFeature) to a document, inside a paragraph. */
export const linkParagraph = (text: string, relationTo: string, id: number | string) => ({
  ...paragraph(''),
  children: [
    {
      ...element,
      type: 'link',
      children: [textNode(text)],
      fields: { doc: { relationTo, value: id }, linkType: 'internal', newTab: false },
      id: `link-${String(id)}`,
    },
  ],
})
export const richText = (...children: object[]) => ({ root: { ...element, type: 'root', children } })

/** The brief's primary keyword the publishable article is written for. */
export const publishableKeyword = 'CI vs CD'

export const publishableFaq = [
  {
    answer: 'CI merges and tests every change; CD keeps main releasable at all times.',
    question: 'What is the difference between CI vs CD?',
  },
  {
    answer: 'Yes: a test job on every push is the first step.',
    question: 'Do small Python projects need CI?',
  },
]

/**
 * Article data that passes every pre-publish check for `publishableKeyword` (meta lengths within
 * their targets, no warnings). Add `brief` (see `createPublishableBrief`) and a unique `slug`.
 */
export const publishableArticle = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  body: richText(
    heading('h2', 'CI vs CD in a Python project'),
    paragraph('Continuous integration runs the test suite on every push.'),
    heading('h3', 'Pipeline stages'),
    paragraph('Lint, test, build and deploy.'),
    heading('h2', 'Choosing tools'),
    paragraph('GitHub Actions covers both.'),
  ),
  conclusion: richText(paragraph('Start with CI, then automate delivery.')),
  eeat: [
    {
      attribution: 'Jez Humble, co-author of Continuous Delivery',
      kind: 'quote',
      sourceUrl: 'https://continuousdelivery.com/',
      text: 'Continuous delivery is the ability to get changes into production safely and quickly.',
      verified: true,
    },
    {
      kind: 'experience',
      text: 'On our team, moving to CI cut failed releases by half within a month.',
      verified: true,
    },
  ],
  faq: publishableFaq,
  introduction: richText(
    paragraph(
      'CI vs CD is a question every Python team meets once tests start to matter. This guide compares both.',
    ),
  ),
  meta: {
    // 58 and 151 characters: inside the 55–60 and 148–155 targets.
    description:
      'CI vs CD explained for Python developers: what each practice automates, how they differ, and how to set up both with GitHub Actions step by step today.',
    title: 'CI vs CD for Python: Differences, Tools and Best Practices',
  },
  title: 'CI vs CD: What Python Developers Need to Know',
  ...overrides,
})

/** A brief with the keyword the publishable article targets. */
export const createPublishableBrief = (
  payload: Payload,
  { keyword = publishableKeyword, req }: { keyword?: string; req?: PayloadRequest } = {},
) =>
  payload.create({
    collection: 'briefs',
    data: { primaryKeyword: keyword, searchIntent: 'informational', title: `Brief for ${keyword}` },
    depth: 0,
    req,
  } as never) as Promise<{ id: number | string }>
