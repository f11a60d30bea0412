import type { Payload } from 'payload'

const levels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const

/** Record every payload.logger call as text (still logging it), to check what reaches the logs. */
export const captureLogs = (payload: Payload): string[] => {
  const lines: string[] = []
  const logger = payload.logger as unknown as Record<string, (...args: unknown[]) => void>
  for (const level of levels) {
    const original = logger[level]!.bind(logger)
    logger[level] = (...args: unknown[]) => {
      lines.push(
        `${level} ${args
          .map((arg) => {
            if (arg instanceof Error) return `${arg.message}\n${arg.stack ?? ''}`
            try {
              return typeof arg === 'string' ? arg : JSON.stringify(arg, (_k, v: unknown) => (v instanceof Error ? { message: v.message, stack: v.stack } : v))
            } catch {
              return String(arg)
            }
          })
          .join(' ')}`,
      )
      original(...args)
    }
  }
  return lines
}
