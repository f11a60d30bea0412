export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export const ms = (value: number) => `${Math.round(value)} ms`

export const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis))

/** Peak resident memory of this process so far, in MB. */
export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)
