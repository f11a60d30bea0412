import type { DefaultKitPhase } from './phase.js'

import { articleBrief, markdownRules, outlineInput, topicNotes, wordShares } from './fragments.js'

export const bodyPhase: DefaultKitPhase = {
  key: 'body',
  group: 'writing',
  title: 'Body sections',
  description: 'Every H2/H3 section of the outline written in full, using the research brief.',
  outputKind: 'body',
  dependsOn: ['outline', 'research'],
  template: `You are an expert writer with hands-on experience of {{topic}}, writing for this audience: {{audience}}. Write the full body of the article "{{title}}".

${articleBrief}

${topicNotes}

${outlineInput}

The research brief (JSON):
<<<RESEARCH
{{outputs.research}}
RESEARCH>>>

Instructions:
- Follow the outline: every H2 and H3 in order, with its exact heading text, covering its notes and staying close to its word target. The body is about ${wordShares.body} of {{wordTarget}} words.
- The introduction, the FAQ and the conclusion are written separately: do not write them.
- Write each H2 section completely before starting the next, and open each H2 after the first with a transition from the previous one.
- Be concrete and practical: real examples, steps, comparisons of the options and decision points (when to choose which). Where the topic involves code, configuration or commands, show short, working snippets.
- Weave in the research items; name the source inline where an item needs a citation. Never invent statistics, quotes or sources.
- Warn about the common mistakes and work in the expert tips where they fit.
- Use the primary keyword in the first section and in at least one heading; use secondary keywords where they read naturally.
- Finish with a short actionable checklist of 3–5 bullets, under its own ## heading unless the outline's last section already is one.
Write in this tone: {{tone}}.

${markdownRules}
- Use ## for H2 and ### for H3; no other heading levels.
- Put code, configuration and commands in fenced code blocks with a language tag (for example \`\`\`bash or \`\`\`yaml), never in a fence without one.
- Do not add links: internal links are placed in a later step.
Return only the body.`,
}
