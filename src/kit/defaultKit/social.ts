import type { DefaultKitPhase } from './phase.js'

import { socialTargets, tweetCount } from '../../phases/schemas/index.js'
import { articleBrief, jsonAnswer, outlineInput } from './fragments.js'

export const socialPhase: DefaultKitPhase = {
  key: 'social',
  group: 'distribution',
  title: 'Social media posts',
  description: 'An X/Twitter thread, a LinkedIn post and a Pinterest description announcing the article.',
  outputKind: 'social',
  dependsOn: ['outline'],
  template: `You are a social media editor. Write ready-to-publish posts announcing the article "{{title}}".

${articleBrief}

The article's URL: {{articleUrl}}

${outlineInput}

Write:
A. An X/Twitter thread of exactly ${tweetCount} tweets, each ${socialTargets.tweet} including spaces and the URL: an opener with a strong hook that names the article, then ${tweetCount - 1} follow-ups that each deliver one concrete insight from the outline. One follow-up includes a specific example (a command or line of configuration if the topic is technical, otherwise a precise tip). The last tweet links to the article URL.
B. A LinkedIn post of ${socialTargets.linkedinPost}: a hook, one actionable insight from the article, and a call to action with the article URL.
C. A Pinterest description of ${socialTargets.pinterestDescription} to accompany the article's featured image, rich in keywords and mentioning the primary keyword.
Tailor every post to this audience: {{audience}}. Mention the article title in each. Use at most two hashtags per post.

${jsonAnswer('social')}`,
}
