import type { Payload } from 'payload'

import type { Id } from '../pipeline/types.js'

/** Job input stores IDs as text; SQL databases want their numeric IDs back. */
export const idFromText = (payload: Payload, value: string): Id =>
  payload.db.defaultIDType === 'number' && /^\d+$/.test(value) ? Number(value) : value
