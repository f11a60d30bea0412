import type { Access, Payload } from 'payload'

import { toDraftPhase } from '../../src/components/KitPhasePreviewDraft.js'
import { newRunId } from '../../src/pipeline/runId.js'
import { missingOutputPlaceholder } from '../../src/pipeline/preview.js'
import { runPipeline } from '../../src/pipeline/runPipeline.js'
import { databasesUnderTest, reportSkippedDatabases } from '../support/databases.js'
import { createArticle, createBriefWithSibling, FAKE_MODEL, sampleContent } from '../support/pipelineFixtures.js'
import { pipelineSuite } from '../support/pipelineSuite.js'
import { restRequest } from '../support/rest.js'

reportSkippedDatabases()

type Doc = { [key: string]: unknown; id: number | string }
type Phase = { dependsOn?: string[]; key: string; outputKind: string; template: string; title: string }
type Preview = {
  article: Doc['id'] | null
  errors?: { field?: string; message: string }[]
  estimatedCost: number
  kitProblems: { message: string; phase: string }[]
  maxCompletionTokens: number
  messages: { content: string; role: string }[]
  missingOutputs: string[]
  model: string
  problems: { message: string; phase: string }[]
  promptTokens: number
}

// "reader" may read kits and briefs but not edit kits.
const nameOf = (req: Parameters<Access>[0]['req']) => (req.user as { name?: string } | null)?.name
const loggedIn: Access = ({ req }) => Boolean(req.user)
const kitEditor: Access = ({ req }) => Boolean(req.user) && nameOf(req) !== 'reader'

describe.each(databasesUnderTest())('POST /api/prompt-kits/preview-template on %s', (db) => {
  const suite = pipelineSuite(db, {
    plugin: { overrides: { promptKits: { access: { create: kitEditor, delete: kitEditor, read: loggedIn, update: kitEditor } } } },
    users: ['editor', 'reader'],
  })
  let payload: Payload
  let kitPhases: Phase[]
  let brief: Doc
  let article: Doc
  beforeAll(async () => {
    payload = suite.payload
    const kit = (await payload.find({ collection: 'prompt-kits', limit: 1 })).docs[0] as Doc
    kitPhases = kit.phases as Phase[]
    ;({ brief } = await createBriefWithSibling(payload, 'kp'))
    article = await createArticle(payload, brief)
    // The article gets an outline, and nothing else, so `body` has one output and one placeholder.
    const result = await runPipeline(payload, { articleId: article.id, phases: ['outline'], runId: newRunId() })
    expect(result.status).toBe('succeeded')
  })

  const preview = async (body: unknown, user: 'editor' | 'reader' | null = 'editor') => {
    const res = await restRequest(payload, 'post', '/prompt-kits/preview-template', {
      body,
      token: user ? suite.tokens[user] : undefined,
    })
    return { body: (await res.json()) as Preview, status: res.status }
  }

  it('renders an unsaved template against the brief with the article outputs it has, without calling the model', async () => {
    const calls = suite.fake.requests.length
    const phase = {
      dependsOn: ['outline', 'research'],
      key: 'body',
      maxTokens: 900,
      outputKind: 'body',
      template: 'DRAFT for {{primaryKeyword}} ({{wordTarget}} words)\n{{outputs.outline}}\n---\n{{outputs.research}}',
    }
    const { body, status } = await preview({ brief: brief.id, phase, phases: kitPhases })
    expect(status).toBe(200)
    expect(body.article).toEqual(article.id)
    const user = body.messages.find((m) => m.role === 'user')!.content
    const outline = JSON.parse(sampleContent('outline')) as { title: string }
    expect(user).toContain('DRAFT for ci vs cd python (900 words)')
    expect(user).toContain(`H1: ${outline.title}`)
    expect(user).toContain(missingOutputPlaceholder('research'))
    expect(body.messages.find((m) => m.role === 'system')!.content).toContain('Intermediate Python developers')
    expect(body.missingOutputs).toEqual(['research'])
    expect(body.model).toBe(FAKE_MODEL)
    expect(body.maxCompletionTokens).toBe(900)
    expect(body.promptTokens).toBeGreaterThan(10)
    expect(body.estimatedCost).toBeGreaterThan(0)
    expect(body.problems).toEqual([])
    expect(body.kitProblems).toEqual([])
    expect(suite.fake.requests.length).toBe(calls)
  })

  it('reports unknown variables, outputs without depends-on and missing dependencies of the edited phase', async () => {
    const phase = { dependsOn: ['nope'], key: 'faq', outputKind: 'faq', template: 'Use {{colour}} and {{outputs.outline}}' }
    const { body, status } = await preview({ brief: brief.id, phase, phases: kitPhases })
    expect(status).toBe(200)
    const messages = body.problems.map((p) => p.message).join('\n')
    expect(messages).toContain('unknown variable {{colour}}')
    expect(messages).toContain('does not depend on "outline"')
    expect(messages).toContain('depends on "nope", which is not a phase of this kit')
    expect(body.problems.every((p) => p.phase === 'faq')).toBe(true)
    // Shown as typed, so the editor sees what the model would get.
    expect(body.messages[1]!.content).toBe('Use {{colour}} and {{outputs.outline}}')
    expect(body.missingOutputs).toEqual(['nope'])
  })

  it('takes the kit phases from the brief’s saved kit when none are sent, and adds a new key to them', async () => {
    const { body, status } = await preview({ brief: String(brief.id), phase: { key: 'extra', template: 'Tone: {{tone}}' } })
    expect(status).toBe(200)
    expect(body.messages[1]!.content).toBe('Tone: authoritative, conversational')
    expect(body.kitProblems).toEqual([])
    expect(body.article).toEqual(article.id)
  })

  it('accepts the phases as the kit form holds them once the component has trimmed them to what it sends', async () => {
    // Form rows carry row IDs and other fields, and half-typed values such as maxTokens 0 or a new, empty row.
    const rows = [
      ...kitPhases.map((p) => ({ ...p, id: 'row-id', maxTokens: 0, temperature: 0.7 })),
      { group: 'writing', id: 'new-row', key: '  ' },
    ]
    const raw = await preview({ brief: brief.id, phase: { key: 'outline' }, phases: rows })
    expect(raw.status).toBe(400)
    expect(raw.body.errors?.[0]?.field).toBe('phases.0.maxTokens')
    const { body, status } = await preview({ brief: brief.id, phase: { key: 'outline' }, phases: rows.map(toDraftPhase) })
    expect(status).toBe(200)
    expect(body.maxCompletionTokens).toBe(4096)
    // The empty row has no key: the kit validation names it by position.
    expect(body.kitProblems.map((p) => p.phase)).toEqual([`#${rows.length}`])
  })

  it('answers 400 naming the field, 404 for an unknown brief, 401 anonymous and 403 for a user who may not edit kits', async () => {
    const missingBrief = await preview({ phase: { key: 'outline', template: 'x' } })
    expect(missingBrief.status).toBe(400)
    expect(missingBrief.body.errors?.[0]?.field).toBe('brief')

    const emptyKey = await preview({ brief: brief.id, phase: { key: '  ', template: 'x' } })
    expect(emptyKey.status).toBe(400)
    expect(emptyKey.body.errors?.[0]?.field).toBe('phase.key')

    const badPhases = await preview({ brief: brief.id, phase: { key: 'x' }, phases: 'all' })
    expect(badPhases.status).toBe(400)
    expect(badPhases.body.errors?.[0]?.field).toBe('phases')

    const unknown = await preview({ brief: db === 'mongodb' ? '0123456789abcdef01234567' : 987654, phase: { key: 'outline' } })
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors?.[0]).toMatchObject({ field: 'brief' })

    expect((await preview({ brief: brief.id, phase: { key: 'outline' } }, null)).status).toBe(401)
    expect((await preview({ brief: brief.id, phase: { key: 'outline' } }, 'reader')).status).toBe(403)
  })
})
