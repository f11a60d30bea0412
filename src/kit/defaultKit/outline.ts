import type { DefaultKitPhase } from './phase.js'

import { outlineNotesTarget } from '../../phases/schemas/index.js'
import { articleBrief, jsonAnswer, topicNotes, wordShares } from './fragments.js'

export const outlinePhase: DefaultKitPhase = {
  key: 'outline',
  group: 'planning',
  title: 'Article outline',
  description: 'Structural blueprint: H2/H3 headings with word targets and notes per section.',
  outputKind: 'outline',
  dependsOn: [],
  template: `You are a senior SEO content strategist. Prepare a ready-to-write outline for the article "{{title}}", which a writer can open and start drafting from immediately. Do not write the article.

${articleBrief}

${topicNotes}

Requirements:
- "title" is the H1: the article title above, changed only if it lacks the primary keyword.
- "headings" lists the H2 sections of the body in reading order, each with H3 subsections where they help. The introduction, the FAQ and the conclusion are written separately: do not plan headings for them.
- Cover what this audience needs for this search intent: clear definitions of the core concepts, how it works in practice, comparisons of the main options or tools, step-by-step guidance, the common mistakes above, and a short actionable checklist as the last H2.
- Follow the angle so the article differs from generic coverage of the topic.
- Put the primary keyword in at least one H2 and spread secondary keywords naturally over the headings.
- Notes: ${outlineNotesTarget} per heading naming the exact points, examples or data to cover; for each H2, end with a transition idea into the next section.
- Word targets: the whole article is about {{wordTarget}} words. The body gets about ${wordShares.body} of it (the introduction takes ${wordShares.introduction}, the conclusion ${wordShares.conclusion}), so the H2 word targets add up to about ${wordShares.body} of {{wordTarget}}; an H2's target includes its H3s.

${jsonAnswer('outline')}`,
}
