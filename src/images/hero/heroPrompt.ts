import type { ImagePlanItem } from '../../phases/imagesUploads.js'

/**
 * The prompt for the hero image: what the plan says the image shows, for the article it opens.
 * Text inside generated images is usually garbled, so the model is asked for none.
 */
export const heroPrompt = (title: unknown, hero: ImagePlanItem): string => {
  const subject = hero.description?.trim() || hero.altText?.trim() || ''
  const lines = [
    typeof title === 'string' && title.trim() ? `Hero image for the article "${title.trim()}".` : 'Hero image for an article.',
    subject ? `It shows: ${subject}` : '',
    hero.type ? `Style: ${hero.type}${hero.format ? `, ${hero.format}` : ''}.` : '',
    'Clean, modern, high contrast, no text, letters or logos in the image.',
  ]
  return lines.filter(Boolean).join('\n')
}
