import type { DefaultKitPhase } from './phase.js'

import { researchCount, span } from '../../phases/schemas/index.js'
import { articleBrief, jsonAnswer } from './fragments.js'

export const researchPhase: DefaultKitPhase = {
  key: 'research',
  group: 'planning',
  title: 'Research brief',
  description: 'Entities, statistics, experts, studies and trends the article should weave in.',
  outputKind: 'research',
  dependsOn: [],
  template: `You are a research assistant preparing a research brief for the article "{{title}}".

${articleBrief}

Background notes:
{{overview}}

List ${span(...researchCount.target)} specific items the writer must weave into the article:
- the tools, products or methods this audience actually compares or uses for the topic;
- 2–3 statistics or industry reports;
- 2–3 recognised experts or authoritative organizations;
- 2 current trends or angles that make the article timely.
For each item, say in one line why it belongs and how to reference it for this audience (an example, a figure, a recommendation). Mark whether it needs a citation and suggest the preferred source (report name or URL), or null when no citation is needed.
Only name real, verifiable things. Never invent a figure: when you are not sure of an exact number, describe the statistic to look up and name the source to check.

${jsonAnswer('research')}`,
}
