import { BlocksFeature, CodeBlock, lexicalEditor } from '@payloadcms/richtext-lexical'

/** Languages offered by the code block; generated fences in other languages fall back to `text`. */
export const codeLanguages = {
  bash: 'Bash',
  css: 'CSS',
  dockerfile: 'Dockerfile',
  go: 'Go',
  html: 'HTML',
  ini: 'INI',
  java: 'Java',
  javascript: 'JavaScript',
  json: 'JSON',
  markdown: 'Markdown',
  python: 'Python',
  rust: 'Rust',
  shell: 'Shell',
  sql: 'SQL',
  text: 'Plain text',
  toml: 'TOML',
  typescript: 'TypeScript',
  yaml: 'YAML',
} as const

/** Slug of the code block inside article rich text. */
export const CODE_BLOCK_SLUG = 'Code'

/**
 * The default Lexical editor has no code block, so fenced code from the LLM would become
 * paragraphs; article fields use this editor instead of the host's default.
 */
export const articleEditor = (): ReturnType<typeof lexicalEditor> =>
  lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures,
      BlocksFeature({
        blocks: [CodeBlock({ defaultLanguage: 'text', languages: { ...codeLanguages }, slug: CODE_BLOCK_SLUG })],
      }),
    ],
  })
