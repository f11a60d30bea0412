import type { DefaultKitPhase } from './phase.js'

import { eeatCounts, expertQuoteTarget } from '../../phases/schemas/index.js'
import { articleBrief, jsonAnswer, outlineInput } from './fragments.js'

export const eeatPhase: DefaultKitPhase = {
  key: 'eeat',
  group: 'writing',
  title: 'Authority and E-E-A-T signals',
  description: 'Expert quotes, studies to cite and first-person experience templates, each placed under a heading.',
  outputKind: 'eeat',
  dependsOn: ['outline'],
  template: `You are an editor strengthening the experience, expertise, authority and trust (E-E-A-T) of the article "{{title}}".

${articleBrief}

${outlineInput}

Produce:
A. ${eeatCounts.expertQuotes} short expert quotes (${expertQuoteTarget} each) tailored to this article, each with speaker and credentials. Never attribute invented words to a real person: use a real, public, attributable statement, or write a suggested quote with a placeholder speaker such as "[Name]" plus the credentials to look for, for the editor to confirm with a real expert. Set requiresPermission to true unless the quote is already public and attributable. Give sourceUrl only for a real, public, attributable quote: the URL of the page where the speaker said or wrote it, and only when you are certain of it; a suggested quote has sourceUrl null.
B. ${eeatCounts.studies} real studies or industry reports to cite: title, publisher, year, one line on their relevance and the inline citation to use. Give the URL only when you are certain of it, otherwise null.
C. ${eeatCounts.personalTemplates} first-person sentences drawn from experience, with [placeholders] the author fills in (for example a result, a time span or a team size).
For every item, "placement" is the exact text of the outline heading it belongs under.

${jsonAnswer('eeat')}`,
}
