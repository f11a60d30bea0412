import type { Config, Payload, SanitizedConfig } from 'payload'

import { sanitizeConfig } from 'payload'

import type { PhaseContext } from '../../../../src/phases/index.js'

import { resolveOptions } from '../../../../src/defaults.js'

export const testOptions = resolveOptions({}, { collections: [] })

let config: Promise<SanitizedConfig> | undefined
/** A sanitized Payload config without a database: all the markdown conversion needs. */
export const sanitizedConfig = (): Promise<SanitizedConfig> =>
  (config ??= sanitizeConfig({ collections: [], secret: 'test-secret', telemetry: false } as unknown as Config))

/**
 * A context for handlers that do not query: its `payload` has only the config; any Local API call
 * fails the test loudly.
 */
export const fakeContext = async (article: Record<string, unknown> = {}): Promise<PhaseContext> => {
  const payload = new Proxy({ config: await sanitizedConfig() } as Payload, {
    get: (target, key) => {
      if (key in target) return target[key as keyof Payload]
      throw new Error(`unexpected payload.${String(key)} in a unit test`)
    },
  })
  return {
    article: { id: 1, ...article },
    brief: { id: 2 },
    options: testOptions,
    payload,
  }
}

/** The Lexical shape in brief: `type:tag` names, text (with its format bits when set), block fields. */
export type Simple = string | [string, number] | { block?: Record<string, unknown>; children?: Simple[]; node: string; url?: string }

type Node = {
  children?: Node[]
  fields?: Record<string, unknown>
  format?: number | string
  tag?: string
  text?: string
  type: string
}

export const simplify = (node: Node): Simple => {
  if (node.type === 'text') return node.format ? [node.text!, node.format as number] : node.text!
  if (node.type === 'block') {
    const { id: _id, ...fields } = node.fields ?? {}
    return { block: fields, node: 'block' }
  }
  const simple: Simple = { node: node.tag ? `${node.type}:${node.tag}` : node.type }
  if (node.type === 'link') simple.url = node.fields?.url as string
  if (node.children) simple.children = node.children.map(simplify)
  return simple
}

/** The root's children, simplified. */
export const simpleState = (state: unknown): Simple[] =>
  ((state as { root: { children: Node[] } }).root.children).map(simplify)
