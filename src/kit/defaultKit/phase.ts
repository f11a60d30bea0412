import type { OutputKind, PhaseGroup } from '../outputKinds.js'

/** A phase of the built-in kit, in the shape of a `phases` row of the prompt kits collection. */
export type DefaultKitPhase = {
  key: string
  group: PhaseGroup
  title: string
  description: string
  /** Uses `{{briefVariable}}` and `{{outputs.<key>}}` for keys listed in `dependsOn`. */
  template: string
  outputKind: OutputKind
  dependsOn: string[]
}

export type DefaultKit = {
  name: string
  slug: string
  description: string
  phases: DefaultKitPhase[]
}
