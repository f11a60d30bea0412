'use client'
import type { ReactNode } from 'react'

import { selfHostMonaco } from './selfHostMonaco.js'

export type MonacoSelfHostProps = {
  children?: ReactNode
  /**
   * Where a copy of `monaco-editor/min/vs` is served.
   * @default '/monaco/vs'
   */
  vsPath?: string
}

/**
 * Admin provider (`admin.components.providers`) that makes Payload's JSON and code fields load
 * Monaco from this site instead of a CDN, so the admin works offline and under a strict CSP.
 */
export const MonacoSelfHost = ({ children, vsPath = '/monaco/vs' }: MonacoSelfHostProps) => {
  // During render, not in an effect: child effects (where editors start loading) run first.
  selfHostMonaco(vsPath)
  return children
}
