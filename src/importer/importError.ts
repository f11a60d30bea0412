/** The pasted text is not a prompt kit page we can read; `missing` names what could not be found. */
export class PromptKitImportError extends Error {
  constructor(readonly missing: string[]) {
    super(`Could not find these parts of the prompt kit page: ${missing.join(', ')}`)
    this.name = 'PromptKitImportError'
  }
}
