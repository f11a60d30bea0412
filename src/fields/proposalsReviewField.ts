import type { Field } from 'payload'

/** Proposals waiting for review, as word diffs with Accept / Reject, above the article's tabs. */
export const proposalsReviewField = (): Field => ({
  name: 'proposalsReview',
  type: 'ui',
  admin: {
    components: { Field: 'payload-prompt-kit/client#ProposalsReview' },
    disableListColumn: true,
  },
})
