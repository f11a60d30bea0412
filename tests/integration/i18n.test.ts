import type { I18nClient } from '@payloadcms/translations'
import type { CollectionConfig, Field, SanitizedConfig } from 'payload'

import { initI18n } from '@payloadcms/translations'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'

import { promptKitPlugin } from '../../src/plugin.js'
import { freshDatabase } from '../support/databases.js'
import { usersCollection } from '../support/testPayload.js'

type Translations = Record<string, Record<string, Record<string, string>>>
type Labelled = ((args: { i18n: I18nClient; t: I18nClient['t'] }) => string) | Record<string, string> | string | undefined

/** A host app with English and German, its own `posts` as the article collection, and its own wording for two plugin keys. */
const hostConfig = () =>
  buildConfig({
    admin: { user: 'users' },
    collections: [
      usersCollection,
      { slug: 'posts', fields: [{ name: 'title', type: 'text' }], labels: { plural: 'Beiträge', singular: 'Beitrag' } },
    ],
    db: freshDatabase('sqlite'),
    i18n: {
      fallbackLanguage: 'en',
      supportedLanguages: { de, en },
      translations: { de: { promptKit: { collectionBriefPlural: 'Host-Briefings', groupPromptKit: 'KI-Inhalte' } } },
    },
    plugins: [promptKitPlugin({ articles: { collection: 'posts' } })],
    secret: 'test-secret-not-for-production',
    telemetry: false,
    typescript: { autoGenerate: false },
  })

const collection = (config: SanitizedConfig, slug: string) => config.collections.find((c) => c.slug === slug)!
/** A field by name, as far as these tests read it. */
const field = (fields: { name: string }[], name: string) =>
  fields.find((f) => f.name === name) as { admin?: { description?: Labelled }; label?: Labelled }

describe('i18n of the plugin', () => {
  let config: SanitizedConfig
  let german: I18nClient
  beforeAll(async () => {
    config = await hostConfig()
    german = (await initI18n({ config: config.i18n, context: 'client', language: 'de' })) as unknown as I18nClient
  })
  const render = (label: Labelled, i18n = german) => (typeof label === 'function' ? label({ i18n, t: i18n.t }) : label)

  it('adds the plugin strings in English and German, keeps the host languages and lets the host wording win', () => {
    const translations = config.i18n.translations as Translations
    expect(Object.keys(config.i18n.supportedLanguages).sort()).toEqual(['de', 'en'])
    expect(translations.en!.promptKit!.fieldPrimaryKeyword).toBe('Primary keyword')
    expect(translations.de!.promptKit!.fieldPrimaryKeyword).toBe('Haupt-Keyword')
    expect(translations.de!.promptKit!.collectionBriefPlural).toBe('Host-Briefings')
    expect(translations.en!.promptKit!.collectionBriefPlural).toBe('Briefs')
  })

  it('labels collections, fields, options and descriptions through Payload’s t in the user’s language', async () => {
    const briefs = collection(config, 'briefs')
    expect(render(briefs.labels.plural as Labelled)).toBe('Host-Briefings')
    expect(render(briefs.labels.singular as Labelled)).toBe('Briefing')
    expect(render(field(briefs.flattenedFields, 'primaryKeyword').label as Labelled)).toBe('Haupt-Keyword')
    expect(render(field(briefs.flattenedFields, 'slug').admin?.description)).toBe('Wird aus dem Feld „Titel“ gefüllt, wenn es leer bleibt.')
    const intent = field(briefs.flattenedFields, 'searchIntent') as { options: { label: Labelled; value: string }[] }
    expect(intent.options.map((o) => [o.value, render(o.label)])).toContainEqual(['informational', 'Informativ'])
    // Payload accepts no function for the sidebar group: a per-language record, with the host's wording.
    expect(briefs.admin.group).toEqual({ de: 'KI-Inhalte', en: 'Prompt kit' })

    const english = (await initI18n({ config: config.i18n, context: 'client', language: 'en' })) as unknown as I18nClient
    expect(render(briefs.labels.plural as Labelled, english)).toBe('Briefs')
    expect(render(field(briefs.flattenedFields, 'primaryKeyword').label as Labelled, english)).toBe('Primary keyword')
  })

  it('labels the publish override and its fields in the user’s language, like every other field', async () => {
    const fields = collection(config, 'posts').fields as Field[]
    const override = field(fields as { name: string }[], 'publishOverride') as ReturnType<typeof field> & { fields: { name: string }[] }
    const english = (await initI18n({ config: config.i18n, context: 'client', language: 'en' })) as unknown as I18nClient
    expect([render(override.label), render(override.label, english)]).toEqual(['Veröffentlichung erzwingen', 'Publish override'])
    expect(render(override.admin?.description)).toMatch(/^Nur für Admins: trotz fehlgeschlagener Prüfungen/)
    expect(render(override.admin?.description, english)).toMatch(/^Admins only: publish despite failed pre-publish checks/)
    expect(['reason', 'by', 'at'].map((name) => render(field(override.fields, name).label))).toEqual([
      'Begründung',
      'Erzwungen von',
      'Erzwungen am',
    ])
  })

  it('keeps the labels of a host collection the article fields are merged into', () => {
    const posts = collection(config, 'posts')
    expect(posts.labels).toEqual({ plural: 'Beiträge', singular: 'Beitrag' })
    expect(posts.admin.group).toBeUndefined()
    expect(render(field(posts.flattenedFields, 'brief').label as Labelled)).toBe('Briefing')
  })

  it('has a German text for every label and description of the plugin collections', () => {
    const missing: string[] = []
    const check = (where: string, label: Labelled) => {
      // A plain string is not translated (label functions and per-language records are).
      if (typeof label === 'string') missing.push(`${where}: static "${label}"`)
      const text = render(label)
      if (typeof text === 'string' && (text.startsWith('promptKit:') || text.includes('{{'))) missing.push(`${where}: ${text}`)
    }
    // Payload's own `id` of array rows and `ui` fields (their components render their own text) are not the plugin's labels.
    const skipped = (f: Field) => f.type === 'ui' || ('name' in f && f.name === 'id')
    const walk = (fields: Field[], path: string) => {
      for (const f of fields) {
        if (skipped(f)) continue
        const here = `${path}.${'name' in f ? f.name : f.type}`
        if ('label' in f) check(here, f.label as Labelled)
        if ('labels' in f && f.labels) for (const l of Object.values(f.labels)) check(here, l as Labelled)
        if (f.admin && 'description' in f.admin) check(`${here} (description)`, f.admin.description as Labelled)
        if ('options' in f && Array.isArray(f.options)) for (const o of f.options) if (typeof o === 'object') check(here, o.label as Labelled)
        if ('fields' in f) walk(f.fields, here)
        if (f.type === 'tabs') for (const tab of f.tabs) (check(`${here}.tab`, tab.label as Labelled), walk(tab.fields, here))
      }
    }
    const plugins: CollectionConfig['slug'][] = ['topical-maps', 'briefs', 'prompt-kits', 'generations']
    for (const slug of plugins) {
      const c = collection(config, slug)
      for (const l of Object.values(c.labels)) check(slug, l as Labelled)
      walk(c.fields, slug)
    }
    // In the host's `posts`, only the fields the plugin added (its own `title` is the host's).
    walk(collection(config, 'posts').fields.filter((f) => !('name' in f && f.name === 'title')), 'posts')
    // Two texts carry `{{…}}` on purpose: the template help lists the variables a template may use.
    expect(missing.filter((m) => !m.includes('(description): Variablen:'))).toEqual([])
  })
})

describe('i18n of the plugin in a host without i18n settings', () => {
  it('adds no languages: Payload’s default English only, with the plugin strings', async () => {
    const config = await buildConfig({
      admin: { user: 'users' },
      collections: [usersCollection],
      db: freshDatabase('sqlite'),
      plugins: [promptKitPlugin({})],
      secret: 'test-secret-not-for-production',
      telemetry: false,
      typescript: { autoGenerate: false },
    })
    expect(Object.keys(config.i18n.supportedLanguages)).toEqual(['en'])
    expect((config.i18n.translations as Translations).en!.promptKit!.collectionGenerationPlural).toBe('Generations')
  })
})
