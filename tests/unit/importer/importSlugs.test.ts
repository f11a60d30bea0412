import type { Payload } from 'payload'

import { importSlugs } from '../../../src/importer/importSlugs.js'

const payloadWith = (custom?: Record<string, unknown>) => ({ config: { custom } }) as unknown as Payload

describe('importSlugs', () => {
  it('falls back to the default slugs when the plugin stored nothing', () => {
    expect(importSlugs(payloadWith())).toEqual({ briefs: 'briefs', topicalMaps: 'topical-maps' })
    expect(importSlugs(payloadWith({ promptKit: { slugs: 'nonsense' } }))).toEqual({
      briefs: 'briefs',
      topicalMaps: 'topical-maps',
    })
  })

  it('reads the slugs the plugin stored in config.custom.promptKit', () => {
    const payload = payloadWith({ promptKit: { slugs: { briefs: 'article-briefs', topicalMaps: 42 } } })
    expect(importSlugs(payload)).toEqual({ briefs: 'article-briefs', topicalMaps: 'topical-maps' })
  })

  it("prefers the caller's slugs", () => {
    const payload = payloadWith({ promptKit: { slugs: { briefs: 'article-briefs' } } })
    expect(importSlugs(payload, { briefs: 'mine', topicalMaps: 'maps' })).toEqual({ briefs: 'mine', topicalMaps: 'maps' })
  })
})
