import type { CollectionConfig, Config, Field } from 'payload'

import { promptKitPlugin } from '../../../src/plugin.js'

const users: CollectionConfig = { slug: 'users', auth: true, fields: [] }
const articleFieldsOf = (config: Config) => (config.collections ?? []).find((c) => c.slug === 'articles')!.fields
const panelOf = (fields: Field[]) => fields.find((f) => 'name' in f && f.name === 'pipelinePanel')

describe('Pipeline panel field', () => {
  it('puts the client panel in the article sidebar by path', () => {
    const panel = panelOf(articleFieldsOf(promptKitPlugin({})({ collections: [users] } as Config)))
    expect(panel).toMatchObject({
      admin: {
        components: {
          Field: {
            // The Kit version select reads briefs and kit versions over REST under these slugs.
            clientProps: { briefsSlug: 'briefs', defaultKitSlug: 'seo-article-default', kitsSlug: 'prompt-kits' },
            path: 'payload-prompt-kit/client#PipelinePanel',
          },
        },
        position: 'sidebar',
      },
      type: 'ui',
    })
  })

  it('is left out when the plugin is disabled (it would call endpoints that are not mounted)', () => {
    expect(panelOf(articleFieldsOf(promptKitPlugin({ disabled: true })({ collections: [users] } as Config)))).toBeUndefined()
  })
})
