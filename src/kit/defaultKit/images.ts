import type { DefaultKitPhase } from './phase.js'

import { altTextTarget, imageCount } from '../../phases/schemas/index.js'
import { articleBrief, jsonAnswer, outlineInput } from './fragments.js'

export const imagesPhase: DefaultKitPhase = {
  key: 'images',
  group: 'publishing',
  title: 'Image plan',
  description: `${imageCount} images with file names, alt text, type and placement.`,
  outputKind: 'images',
  dependsOn: ['outline'],
  template: `You are a visual content strategist planning the images of the article "{{title}}".

${articleBrief}

${outlineInput}

Recommend exactly ${imageCount} images that make the article clearer, not decorative filler. For each image give:
- filename: lowercase words joined by hyphens, with the primary keyword where it fits, and an extension (.webp, .png or .jpg);
- description: what the image shows, precisely enough for a designer to produce it;
- placement: the exact text of the outline heading it goes under;
- altText: SEO alt text of ${altTextTarget} that describes the image and includes the primary keyword or a close variant;
- type: photo, infographic, screenshot or diagram;
- format: annotated-code-screenshot, simplified-diagram, photo or illustration, whichever explains that content most clearly.
Include at least one diagram of the core concept or process the article explains, and, when the topic involves software or tools, one annotated screenshot of a real workflow.

${jsonAnswer('images')}`,
}
