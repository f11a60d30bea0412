import type { JsonOutputKind } from '../../phases/schemas/index.js'

import { describeSchemaForPrompt } from '../../phases/schemas/index.js'

/*
 * Template pieces shared by several phases. Everything about the article comes from variables, so the
 * kit works for any topic. A fragment using {{outputs.x}} may only go into a phase that depends on x.
 */

export const articleBrief = `Article brief:
- Title: {{title}}
- Primary keyword: {{primaryKeyword}}
- Secondary keywords: {{secondaryKeywords}}
- Search intent: {{searchIntent}}
- Audience: {{audience}}
- Tone: {{tone}}
- Angle: {{angle}}
- Topical map: {{topic}} (content group: {{contentGroup}}); pillar article: "{{pillar}}"
- Target length: about {{wordTarget}} words`

export const topicNotes = `Background notes:
{{overview}}

Common mistakes the article must warn about:
{{commonMistakes}}

Expert tips to work in:
{{proTips}}`

export const outlineInput = `The article outline (JSON):
<<<OUTLINE
{{outputs.outline}}
OUTLINE>>>`

/** Word shares of the pieces written separately; the outline plans the body with what is left. */
export const wordShares = { body: '75%', conclusion: '10%', introduction: '15%' } as const

/** The closing instruction of a JSON phase: its exact shape, generated from the phase's schema. */
export const jsonAnswer = (kind: JsonOutputKind) => `Return only JSON: no Markdown code fence, no commentary before or after. Use exactly this shape; every key is required:
${describeSchemaForPrompt(kind)}`

/** Markdown rules shared by the prose phases; fenced answers and HTML convert badly into rich text. */
export const markdownRules = `Format: Markdown only. No H1 (the title is rendered separately), no raw HTML, no Markdown tables, no front matter, and do not wrap the answer in a code fence.`
