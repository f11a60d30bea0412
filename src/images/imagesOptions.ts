/** Figures of the image plan: uploads per item, and optionally a generated hero image. */
export type ImagesOptions = {
  /**
   * Slug of the upload collection each image-plan item's `image` points to. A slug named here that
   * the config lacks, or that is not an upload collection, is a config error. The default is used
   * only when it is an upload collection; otherwise the `image` field is left out (items then
   * render only as placeholders in draft preview).
   * @default mediaCollection ?? 'media'
   */
  collection?: string
  /**
   * Generate the plan's first (hero) image through the images API of the `llm` endpoint after the
   * images phase writes a plan whose hero has no upload; also on demand with
   * `POST /api/<articles>/:id/hero-image` or `generateHeroImage()`. Needs `images.collection`.
   * @default false
   */
  generate?: boolean
  /**
   * Images API model.
   * @default 'gpt-image-1'
   */
  model?: string
  /**
   * USD recorded as the cost of one generated image. When unset, the cost comes from
   * `llm.pricing[images.model]` and the answer's token usage, or is 0.
   * @default undefined
   */
  pricePerImageUsd?: number
  /**
   * Size asked of the images API (`WIDTHxHEIGHT` or 'auto').
   * @default '1536x1024'
   */
  size?: string
  /**
   * Timeout of the images API request, in milliseconds (image models are slow).
   * @default 180000
   */
  timeoutMs?: number
}

export type ResolvedImagesOptions = {
  /** Undefined when the config has no upload collection for figures: the `image` field is left out. */
  collection?: string
  generate: boolean
  model: string
  pricePerImageUsd?: number
  size: string
  timeoutMs: number
}
