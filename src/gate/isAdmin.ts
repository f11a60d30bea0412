import type { PayloadRequest } from 'payload'

/** The logged-in user of a request; Payload types it from the host's generated types. */
export type GateUser = NonNullable<PayloadRequest['user']>

/** Who may override the pre-publish gate. */
export type IsGateAdmin = (user: GateUser) => boolean

/**
 * Default of `gate.isAdmin`: `roles` (an array, e.g. a hasMany select) includes 'admin', or `role`
 * is 'admin'. Exported so a host's own access rules (who may set roles, manage users) use the same
 * test as the gate, as the dev app's users collection does.
 */
export const defaultIsGateAdmin: IsGateAdmin = (user) => {
  const { role, roles } = user as { role?: unknown; roles?: unknown }
  return (Array.isArray(roles) && roles.includes('admin')) || role === 'admin'
}
