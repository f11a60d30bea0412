/** JSON outputs go into later prompts pretty-printed: models read indented JSON more reliably. */
export const prettyJson = (output: unknown): string => JSON.stringify(output, null, 2)
