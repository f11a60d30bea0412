import { bestKeywordMatch, matchKeyword } from '../../../src/gate/keyword.js'
import { stem, wordsOf } from '../../../src/gate/keywordWords.js'

/** [title as people write it, primary keyword, expected kind, the part of the title that matched]. */
const found: Array<[string, string, 'exact' | 'words', string]> = [
  // The seed: "vs" is optional, "What" sits between the keyword's words, all within 7 words.
  ['CI vs CD: What Python developers need to know', 'ci vs cd python', 'words', 'CI vs CD: What Python'],
  ['CI vs CD Python: What Developers Need to Know', 'ci vs cd python', 'exact', 'CI vs CD Python'],
  ['CI vs. CD for Python teams', 'ci vs cd python', 'words', 'CI vs. CD for Python'],
  ['CI versus CD in Python projects', 'ci vs cd python', 'words', 'CI versus CD in Python'],
  ['Python CI/CD: a practical guide', 'ci vs cd python', 'words', 'Python CI/CD'],
  ['The Best Running Shoes for Beginners (2026)', 'best running shoes', 'exact', 'Best Running Shoes'],
  ['Running shoe reviews: the best of 2026', 'best running shoes', 'words', 'Running shoe reviews: the best'],
  ['How to Deploy Django to Production', 'deploy django', 'exact', 'Deploy Django'],
  ['Deploying Django apps on a VPS', 'deploy django', 'words', 'Deploying Django'],
  ['Best trail shoes for running in mud', 'best running shoes', 'words', 'Best trail shoes for running'],
  ['Unit Testing in Python with pytest', 'python unit test', 'words', 'Unit Testing in Python'],
  [
    'Top 10 JavaScript Libraries for Data Visualization',
    'javascript library',
    'words',
    'JavaScript Libraries',
  ],
  [
    'Kubernetes vs Docker Swarm: which to choose?',
    'docker swarm vs kubernetes',
    'words',
    'Kubernetes vs Docker Swarm',
  ],
  [
    'What Is Technical SEO? A Beginner’s Guide',
    'technical seo guide',
    'words',
    'Technical SEO? A Beginner’s Guide',
  ],
  ['REST-API design: 12 rules', 'rest api design', 'exact', 'REST-API design'],
  ['Caching strategies for Node.js', 'node.js caching strategy', 'words', 'Caching strategies for Node.js'],
  ['C# and .NET: async/await explained', 'c# async await', 'words', 'C# and .NET: async/await'],
  ['Comparing CDs and DVDs for archiving', 'cd vs dvd', 'words', 'CDs and DVDs'],
  ['  MAKING   sourdough bread at home ', 'make sourdough bread', 'words', 'MAKING   sourdough bread'],
  ['Step by step: your first GitHub Action', 'step by step', 'exact', 'Step by step'],
]

/** [title, keyword, content words the title lacks (empty: present but too far apart)]. */
const notFound: Array<[string, string, string[]]> = [
  ['CD pipelines in Python', 'ci vs cd python', ['ci']],
  ['A decision guide for Python teams', 'ci vs cd python', ['ci', 'cd']],
  ['Python: CI first, and then, after a long and winding story, CD', 'ci vs cd python', []],
  ['The best shoes for trail and mountain running', 'best running shoes', []],
  // Only plural and -ing forms are folded: "deployment" is another word.
  ['Django deployment checklist', 'deploy django', ['deploy']],
  ['How to Deploy Flask to Production', 'deploy django', ['django']],
  ['Learn C today', 'c++ tutorial', ['c++', 'tutorial']],
  ['Java vs JavaScript', 'javascript vs typescript', ['typescript']],
  ['One step at a time', 'step by step', ['step', 'by']],
]

describe('matchKeyword on real titles', () => {
  it.each(found)('finds %j in %j as %s', (title, keyword, kind, matched) => {
    expect(matchKeyword(title, keyword)).toEqual({ found: true, kind, matched })
  })

  it.each(notFound)('does not find %j for %j (missing %j)', (title, keyword, missing) => {
    expect(matchKeyword(title, keyword)).toEqual({
      found: false,
      kind: 'none',
      missing,
      window: wordsOf(keyword).length + 3,
    })
  })

  it('has at least 20 title pairs with both outcomes', () => {
    expect(found.length + notFound.length).toBeGreaterThanOrEqual(20)
    expect(notFound.length).toBeGreaterThanOrEqual(5)
  })
})

describe('matchKeyword edge cases', () => {
  it('ignores case, punctuation and runs of whitespace for the exact phrase', () => {
    expect(matchKeyword('What is  CI\n vs\tCD?', 'CI VS CD')).toMatchObject({ kind: 'exact' })
    expect(matchKeyword('(ci, vs: cd)', ' ci   vs cd ')).toMatchObject({
      kind: 'exact',
      matched: 'ci, vs: cd',
    })
    expect(matchKeyword('Ünïcode Straße', 'straße')).toMatchObject({ kind: 'exact', matched: 'Straße' })
  })

  it('matches whole words only', () => {
    expect(matchKeyword('a decision', 'ci')).toMatchObject({ found: false, missing: ['ci'] })
    expect(matchKeyword('Learn Cxx today', 'c.+')).toMatchObject({ found: false })
    expect(matchKeyword('Learn C++ today', 'c++')).toMatchObject({ kind: 'exact', matched: 'C++' })
  })

  it('allows the keyword length + 3 words between the first and the last keyword word, not more', () => {
    // "ci vs cd python": 4 words, so the matched run may be 7 words long.
    expect(matchKeyword('CI one two three four five Python CD', 'ci vs cd python').found).toBe(false)
    expect(matchKeyword('CI one two three four Python CD', 'ci vs cd python')).toMatchObject({
      kind: 'words',
      matched: 'CI one two three four Python CD',
    })
  })

  it('prefers the exact phrase anywhere over a closer scattered match', () => {
    expect(matchKeyword('Python CD and CI, or CI vs CD Python?', 'ci vs cd python')).toMatchObject({
      kind: 'exact',
      matched: 'CI vs CD Python',
    })
  })

  it('needs a repeated keyword word as often as the keyword has it', () => {
    expect(matchKeyword('Day one, day two', 'day to day')).toMatchObject({
      kind: 'words',
      matched: 'Day one, day',
    })
    expect(matchKeyword('The next day', 'day to day')).toMatchObject({ missing: ['day'] })
  })

  it('uses function words when the keyword has nothing else', () => {
    expect(matchKeyword('How to', 'how to').found).toBe(true)
    expect(matchKeyword('To know how', 'how to')).toMatchObject({ kind: 'words' })
    expect(matchKeyword('What now', 'how to')).toMatchObject({ missing: ['how', 'to'] })
  })

  it('never finds an empty keyword or a keyword in an empty text', () => {
    expect(matchKeyword('anything', '').found).toBe(false)
    expect(matchKeyword('anything', ' ?! ').found).toBe(false)
    expect(matchKeyword(null, 'ci')).toMatchObject({ found: false, missing: ['ci'] })
  })
})

describe('stem', () => {
  it.each([
    ['pipelines', 'pipelin'],
    ['pipeline', 'pipelin'],
    ['libraries', 'library'],
    ['classes', 'class'],
    ['boxes', 'box'],
    ['caches', 'cach'],
    ['caching', 'cach'],
    ['testing', 'test'],
    ['running', 'run'],
    ['falling', 'fall'],
    ['apis', 'api'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['thing', 'thing'],
    ['ci', 'ci'],
  ])('%s → %s', (word, expected) => expect(stem(word)).toBe(expected))
})

describe('bestKeywordMatch', () => {
  it('returns the exact phrase over scattered words, with its index', () => {
    const headings = ['Python tools for CD and CI', 'Basics', 'CI vs CD Python pipelines compared']
    expect(bestKeywordMatch(headings, 'ci vs cd python')).toEqual({
      index: 2,
      match: { found: true, kind: 'exact', matched: 'CI vs CD Python' },
    })
    expect(bestKeywordMatch(headings.slice(0, 2), 'ci vs cd python').index).toBe(0)
  })

  it('answers -1 with a failure when no text matches, also for no texts', () => {
    expect(bestKeywordMatch(['Basics', 'CD only'], 'ci vs cd')).toMatchObject({
      index: -1,
      match: { found: false },
    })
    expect(bestKeywordMatch([], 'ci vs cd')).toMatchObject({
      index: -1,
      match: { found: false, missing: ['ci', 'cd'] },
    })
  })
})
