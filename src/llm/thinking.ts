/** Reasoning models (DeepSeek-R1, Qwen3 on Ollama) inline their thoughts in the content. */
const THINK = /<think>[\s\S]*?<\/think>/gi

export function stripThinking(text: string): string {
  return text.replace(THINK, '').trim()
}
