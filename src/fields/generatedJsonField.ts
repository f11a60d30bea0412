import type { Field } from 'payload'

/** Structured output kept as validated JSON (outline, research brief, SEO review). */
export const generatedJsonField = (name: string, label: string, description: string): Field => ({
  name,
  type: 'json',
  admin: { description },
  label,
})
