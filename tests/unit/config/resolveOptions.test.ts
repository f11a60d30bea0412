import { PromptKitConfigError, resolveOptions } from '../../../src/defaults.js'

const host = { collections: [{ slug: 'users', fields: [] }, { slug: 'posts', fields: [] }] }

describe('resolveOptions', () => {
  const env = { ...process.env }
  afterEach(() => {
    process.env = { ...env }
  })

  it('applies defaults and falls back to OPENAI_* environment variables', () => {
    process.env.OPENAI_BASE_URL = 'http://127.0.0.1:1234/v1'
    process.env.OPENAI_API_KEY = 'sk-from-env'
    const options = resolveOptions({}, host)
    expect(options.slugs).toEqual({
      articles: 'articles',
      briefs: 'briefs',
      generations: 'generations',
      promptKits: 'prompt-kits',
      topicalMaps: 'topical-maps',
    })
    expect(options.articles).toEqual({ collection: 'articles', isHostCollection: false })
    expect(options.llm).toMatchObject({ apiKey: 'sk-from-env', baseURL: 'http://127.0.0.1:1234/v1' })
    expect(options.disabled).toBe(false)
  })

  it('does not write into the options object it was given', () => {
    const given = Object.freeze({ llm: Object.freeze({ model: 'm' }), slugs: Object.freeze({ briefs: 'b' }) })
    expect(() => resolveOptions(given, host)).not.toThrow()
  })

  it('uses a host collection for articles', () => {
    const options = resolveOptions({ articles: { collection: 'posts' } }, host)
    expect(options.articles).toEqual({ collection: 'posts', isHostCollection: true })
    expect(options.slugs.articles).toBe('posts')
  })

  it.each([
    [{ articles: { collection: 'stories' } }, /`articles.collection` names "stories"/],
    [{ slugs: { briefs: 'posts' } }, /`slugs.briefs` is "posts", which the config already uses/],
    [{ slugs: { briefs: 'Bad Slug' } }, /`slugs.briefs` must be a lowercase slug/],
    [{ slugs: { briefs: 'x', topicalMaps: 'x' } }, /`slugs` gives two collections the same slug/],
    [{ mediaCollection: 'media' }, /`mediaCollection` names "media"/],
    [{ llm: { timeoutMs: 0 } }, /`llm.timeoutMs` must be a positive number/],
    [{ llm: { pricing: { m: { inputPerMTok: -1, outputPerMTok: 1 } } } }, /`llm.pricing.m` needs non-negative/],
  ])('throws a config error naming the option for %j', (options, message) => {
    expect(() => resolveOptions(options as never, host)).toThrow(PromptKitConfigError)
    expect(() => resolveOptions(options as never, host)).toThrow(message)
  })
})
