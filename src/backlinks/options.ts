import { PromptKitConfigError } from '../defaults.js'

/** `backlinks`: true (the default) or false; anything else is a mistake worth naming at config time. */
export const resolveBacklinks = (backlinks: unknown): boolean => {
  if (backlinks === undefined) return true
  if (typeof backlinks !== 'boolean') {
    throw new PromptKitConfigError(
      'backlinks',
      `must be true or false (false: no link proposals when an article is published), got ${JSON.stringify(backlinks)}`,
    )
  }
  return backlinks
}
