import type { Field } from 'payload'

import { tLabel } from '../i18n/labels.js'

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
          label: tLabel('fieldText'),
          required: true,
          validate: (value: null | string | undefined) =>
            !value || value.length <= 280 ? true : `A tweet has at most 280 characters (now ${value.length}).`,
        },
      ],
      label: tLabel('fieldTwitterThread'),
      labels: { plural: tLabel('fieldTweets'), singular: tLabel('fieldTweet') },
    },
    { name: 'linkedinPost', type: 'textarea', label: tLabel('fieldLinkedinPost') },
    { name: 'pinterestDescription', type: 'textarea', label: tLabel('fieldPinterestDescription') },
  ],
  label: tLabel('fieldSocial'),
})
