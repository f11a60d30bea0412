/** Variables a kit template may use, filled from the brief and its topical map. */
export const briefVariables = {
  audience: 'who the article is for',
  angle: 'what makes this article different',
  articleUrl: 'public URL of the article (a placeholder until it is published)',
  commonMistakes: 'mistakes the article must warn about, one per line',
  contentGroup: 'content group inside the topical map',
  overview: 'background notes on the topic',
  pillar: 'title of the pillar article of the topical map',
  primaryKeyword: 'the keyword the article ranks for',
  proTips: 'expert tips to weave in, one per line',
  relatedArticles: 'every other article of the same topical map, one per line as "title (slug)", marked [pillar] / [not published yet]',
  searchIntent: 'informational, commercial, transactional or navigational',
  secondaryKeywords: 'secondary keywords, comma separated',
  title: 'the article title',
  tone: 'voice of the article',
  topic: 'the topical map (pillar topic) the article belongs to',
  wordTarget: 'target length in words',
} as const

export type BriefVariable = keyof typeof briefVariables

/** `{{outputs.<phaseKey>}}` inserts the validated output of an earlier phase. */
export const OUTPUTS_PREFIX = 'outputs.'

const variablePattern = /\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g

/** Every `{{name}}` used by a template, in order of first use, without duplicates. */
export const extractVariables = (template: string): string[] => {
  const names = new Set<string>()
  for (const match of template.matchAll(variablePattern)) {
    names.add(match[1]!)
  }
  return [...names]
}

/** Replace each `{{name}}` by `values[name]`; unknown names are left as they are. */
export const renderTemplate = (template: string, values: Record<string, string>): string =>
  template.replace(variablePattern, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name]! : whole,
  )
