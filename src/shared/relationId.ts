/** The ID in a relationship value, populated or not; IDs are numbers (SQL) or strings (MongoDB). */
export const relationId = (value: unknown): null | number | string => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return relationId((value as { id: unknown }).id)
  return null
}
