import type { PayloadRequest } from 'payload'

/** The logged-in user of a request; Payload types it from the host's generated types. */
export type GateUser = NonNullable<PayloadRequest['user']>

/** Who may override the pre-publish gate. */
export type IsGateAdmin = (user: GateUser) => boolean

/** Default: `roles` (an array) includes 'admin', or `role` is 'admin'. */
export const defaultIsGateAdmin: IsGateAdmin = (user) => {
  const { role, roles } = user as { role?: unknown; roles?: unknown }
  return (Array.isArray(roles) && roles.includes('admin')) || role === 'admin'
}
