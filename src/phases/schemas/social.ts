import { z } from 'zod'

import { chars, list } from './fields.js'
import { atMostChars, atMostCharsInWords, wordsWithin } from './targets.js'

export const tweetCount = 4

/* The platforms' own limits, in characters (the tweet's is also the article field's). */
export const socialLimits = { linkedinPost: 3000, pinterestDescription: 500, tweet: 280 } as const

/** Stated in the descriptions below and in the default kit's social template. */
export const socialTargets = {
  linkedinPost: wordsWithin(150, 200, socialLimits.linkedinPost),
  pinterestDescription: atMostCharsInWords(socialLimits.pinterestDescription),
  tweet: atMostChars(socialLimits.tweet),
} as const

export const socialSchema = z.object({
  twitterThread: list(chars(1, socialLimits.tweet, `one tweet, ${socialTargets.tweet}`), {
    max: tweetCount + 2,
    min: tweetCount - 1,
    target: tweetCount,
  }, 'opener first'),
  linkedinPost: chars(1, socialLimits.linkedinPost, socialTargets.linkedinPost),
  pinterestDescription: chars(1, socialLimits.pinterestDescription, socialTargets.pinterestDescription),
})

export type SocialOutput = z.infer<typeof socialSchema>
