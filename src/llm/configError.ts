/** Thrown synchronously for settings that can never work; everything else is returned as a result. */
export class LlmConfigError extends Error {
  override name = 'LlmConfigError'
}
