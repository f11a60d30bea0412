import type { Field } from 'payload'

/** Posts that announce the article: an X/Twitter thread, LinkedIn and Pinterest copy. */
export const socialField = (): Field => ({
  name: 'social',
  type: 'group',
  fields: [
    {
      name: 'twitterThread',
      type: 'array',
      fields: [
        {
          name: 'text',
          type: 'textarea',
          required: true,
          validate: (value: null | string | undefined) =>
            !value || value.length <= 280 ? true : `A tweet has at most 280 characters (now ${value.length}).`,
        },
      ],
      labels: { plural: 'Tweets', singular: 'Tweet' },
    },
    { name: 'linkedinPost', type: 'textarea', label: 'LinkedIn post' },
    { name: 'pinterestDescription', type: 'textarea', label: 'Pinterest description' },
  ],
})
