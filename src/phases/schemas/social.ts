import { z } from 'zod'

import { chars, list } from './fields.js'

export const tweetCount = 4

/* 280, 3000 and 500 are the platforms' own limits (and the article field's, for tweets). */
export const socialSchema = z.object({
  twitterThread: list(chars(1, 280, 'one tweet, at most 280 characters'), {
    max: tweetCount + 2,
    min: tweetCount - 1,
    target: tweetCount,
  }, 'opener first'),
  linkedinPost: chars(1, 3000, '150–200 words'),
  pinterestDescription: chars(1, 500, '80–100 words'),
})

export type SocialOutput = z.infer<typeof socialSchema>
