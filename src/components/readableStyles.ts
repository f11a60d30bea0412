/**
 * Inline styles of the readable JSON views' inputs, in the admin's theme colours (light and dark),
 * so native inputs sit beside Payload's own fields without a stylesheet of their own.
 */
export const inputStyle = {
  background: 'var(--theme-input-bg, var(--theme-elevation-0))',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 3,
  boxSizing: 'border-box',
  color: 'var(--theme-text)',
  font: 'inherit',
  padding: '4px 6px',
  width: '100%',
} as const

export const selectStyle = { ...inputStyle, width: 'auto' } as const

/** Lists whose items carry their own markers (H2/H3 badges) or none. */
export const plainList = { listStyle: 'none', margin: 0, padding: 0 } as const
