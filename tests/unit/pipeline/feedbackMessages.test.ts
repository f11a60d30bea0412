import { buildPhaseMessages } from '../../../src/pipeline/messages.js'

const context = Object.fromEntries(
  ['title', 'primaryKeyword', 'secondaryKeywords', 'searchIntent', 'audience', 'tone', 'angle', 'wordTarget', 'topic', 'contentGroup', 'pillar', 'articleUrl', 'overview', 'commonMistakes', 'proTips', 'relatedArticles'].map((k) => [k, `<${k}>`]),
) as Parameters<typeof buildPhaseMessages>[1]

describe('a phase prompt with feedback', () => {
  it('appends the problems and the previous answer to the phase prompt and keeps the system prefix', () => {
    const plain = buildPhaseMessages('Write the meta tags for {{title}}.', context, {})
    const revised = buildPhaseMessages('Write the meta tags for {{title}}.', context, {}, { lines: ['Meta description target length: 131 characters; 148–155 is ideal.'], previous: '{"metaDescription":"old"}' })
    expect(revised[0]).toEqual(plain[0])
    expect(revised[1]!.content).toBe(
      [
        'Write the meta tags for <title>.',
        '',
        '---',
        'Revise your previous answer to this step. A review found these problems; fix every one of them,',
        'keep everything else as it was, and answer in the same format:',
        '- Meta description target length: 131 characters; 148–155 is ideal.',
        '',
        'Your previous answer:',
        '{"metaDescription":"old"}',
      ].join('\n'),
    )
  })

  it('leaves the prompt as it is without feedback lines', () => {
    expect(buildPhaseMessages('Hi {{title}}', context, {}, { lines: [] })[1]!.content).toBe('Hi <title>')
  })
})
