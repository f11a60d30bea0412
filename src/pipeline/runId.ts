import { randomUUID } from 'node:crypto'

/** A fresh run ID; generations of one run share it, and (run, phase, attempt) is unique. */
export const newRunId = (): string => `run_${randomUUID()}`
