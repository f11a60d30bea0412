import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DatabaseAdapterObj } from 'payload'

import { buildConfig } from 'payload'
import { promptKitPlugin, versionRoutesWithoutVersions } from 'payload-prompt-kit'

import { usersCollection } from './collections/users.js'
import { withArticlePreview } from './lib/articlePreview.js'
import { modelPricing } from './lib/modelPricing.js'
import { revalidateSite } from './lib/revalidateSite.js'
import { seed } from './seed.js'

const devDir = path.dirname(fileURLToPath(import.meta.url))

/** A fixed fallback keeps dev sessions valid across restarts; production must set its own. */
const secret = (): string => {
  const fromEnv = process.env.PAYLOAD_SECRET
  if (fromEnv) return fromEnv
  if (process.env.NODE_ENV === 'production') {
    console.warn(
      'dev: PAYLOAD_SECRET is not set; using the public dev fallback. Set it for any real deployment.',
    )
  }
  return 'payload-prompt-kit-dev-secret-not-for-production'
}

/**
 * The dev app's config on a given database adapter. payload.config.ts picks the adapter from
 * DATABASE_URI; tests build one per dialect to check the committed migrations and import map.
 */
export const devConfig = (db: DatabaseAdapterObj) =>
  buildConfig({
    admin: {
      avatar: 'default', // Gravatar is a remote fetch; the admin must work offline
      components: {
        // Payload's JSON and code fields load Monaco from a CDN; serve it from dev/public instead
        providers: ['payload-prompt-kit/client#MonacoSelfHost'],
      },
      importMap: {
        baseDir: devDir,
        importMapFile: path.join(devDir, 'app', '(payload)', 'admin', 'importMap.js'),
      },
      user: 'users',
    },
    collections: [
      // Roles admin and editor: the plugin's default `gate.isAdmin` reads `roles`, so admins may override.
      usersCollection,
      {
        slug: 'media',
        access: { read: () => true },
        fields: [{ name: 'alt', type: 'text' }],
        upload: { staticDir: path.join(devDir, 'media') },
      },
    ],
    db,
    editor: lexicalEditor(),
    jobs: {
      // Queued generation runs start inside the app within two seconds, so "Generate" works with
      // `npm run dev` alone. To scale out, drop this and run `npm run worker` processes instead.
      autoRun: [{ cron: '*/2 * * * * *', limit: 5, queue: 'default' }],
    },
    // The plugin ships English and German labels; each user picks a language in their account.
    i18n: { fallbackLanguage: 'en', supportedLanguages: { de, en } },
    onInit: (payload) => seed(payload, { devDir, usersSlug: 'users' }),
    plugins: [
      // The site in app/(frontend) caches article pages; saves refresh them through revalidateSite.
      // Pricing lets the admin show token costs; the endpoint and model come from OPENAI_* env vars.
      promptKitPlugin({
        llm: { pricing: modelPricing },
        mediaCollection: 'media',
        site: { revalidate: revalidateSite },
      }),
      withArticlePreview(),
      // The dev app's own collections without versions (users, media) answer 404 on /versions too.
      versionRoutesWithoutVersions(),
    ],
    secret: secret(),
    telemetry: false,
    typescript: {
      autoGenerate: false,
      // No `declare module 'payload'`: it would narrow collection slugs for src/ type-checks too
      declare: false,
      outputFile: path.join(devDir, 'payload-types.ts'),
    },
  })
