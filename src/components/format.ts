/** Numbers as the panels show them; kept apart so every panel formats the same way. */

export const formatUsd = (value: number) => `$${value < 0.01 && value > 0 ? value.toFixed(4) : value.toFixed(2)}`

export const formatTokens = (value: number, locale?: string) => Math.round(value).toLocaleString(locale)

/** Seconds with one decimal under a minute, else minutes and seconds. */
export const formatDuration = (ms: number) => {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const seconds = Math.round(ms / 1000)
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`
}
