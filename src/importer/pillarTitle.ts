// The conclusion prompt links 'to the pillar article "<TITLE>"'; curly or straight quotes.
const doubleQuoted = /\bpillar (?:article|page|post|guide)\s*(?:titled\s*|called\s*|named\s*)?[:,]?\s*[“"«„]([^”"»\n]{3,200}?)[”"»“]/i
// Single quotes last: an apostrophe inside a title would cut it short.
const singleQuoted = /\bpillar (?:article|page|post|guide)\s*(?:titled\s*|called\s*|named\s*)?[:,]?\s*[‘']([^’'\n]{3,200}?)[’']/i

/** Title of the pillar article the page's prompts link to, or null when it names none. */
export const findPillarTitle = (text: string): null | string => {
  const match = doubleQuoted.exec(text) ?? singleQuoted.exec(text)
  return match ? match[1].replace(/\s+/g, ' ').trim() : null
}
