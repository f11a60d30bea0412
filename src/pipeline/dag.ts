/** The part of a kit phase the scheduler needs. */
export type DagPhase = {
  dependsOn?: null | string[]
  key: string
}

/** Where a phase stands inside one run. */
export type RunPhaseState = 'done' | 'failed' | 'pending' | 'running'

const depsOf = (phase: DagPhase): string[] => phase.dependsOn ?? []

/**
 * Phases that may start now: pending, with every dependency done. Kit order is kept, so with a
 * concurrency limit the earlier phases of the kit go first.
 */
export const readyPhases = (phases: DagPhase[], states: ReadonlyMap<string, RunPhaseState>): string[] =>
  phases
    .filter((phase) => states.get(phase.key) === 'pending')
    .filter((phase) => depsOf(phase).every((dep) => states.get(dep) === 'done'))
    .map((phase) => phase.key)

/** Keys in an order where every phase comes after its dependencies; ties keep kit order. Throws on a cycle. */
export const topologicalOrder = (phases: DagPhase[]): string[] => {
  const known = new Set(phases.map((p) => p.key))
  const placed = new Set<string>()
  const order: string[] = []
  while (order.length < phases.length) {
    const next = phases.find(
      (p) => !placed.has(p.key) && depsOf(p).every((dep) => placed.has(dep) || !known.has(dep)),
    )
    if (!next) {
      const stuck = phases.filter((p) => !placed.has(p.key)).map((p) => p.key)
      throw new Error(`The kit's phases form a dependency cycle among: ${stuck.join(', ')}`)
    }
    placed.add(next.key)
    order.push(next.key)
  }
  return order
}

/** Number of phases on the longest dependency chain: the least number of sequential LLM rounds. */
export const longestChain = (phases: DagPhase[]): number => {
  const byKey = new Map(phases.map((p) => [p.key, p]))
  const depth = new Map<string, number>()
  for (const key of topologicalOrder(phases)) {
    const deps = depsOf(byKey.get(key)!).filter((dep) => byKey.has(dep))
    depth.set(key, 1 + Math.max(0, ...deps.map((dep) => depth.get(dep) ?? 0)))
  }
  return Math.max(0, ...depth.values())
}

/** `keys` plus, transitively, every dependency for which `needsRun` is true. Result in kit order. */
export const withDependencies = (
  phases: DagPhase[],
  keys: string[],
  needsRun: (key: string) => boolean,
): string[] => {
  const byKey = new Map(phases.map((p) => [p.key, p]))
  const wanted = new Set<string>()
  const visit = (key: string, requested: boolean) => {
    if (wanted.has(key) || !byKey.has(key)) return
    if (!requested && !needsRun(key)) return
    wanted.add(key)
    for (const dep of depsOf(byKey.get(key)!)) visit(dep, false)
  }
  for (const key of keys) visit(key, true)
  return phases.map((p) => p.key).filter((key) => wanted.has(key))
}

/** Every phase that depends on `key`, directly or through others. */
export const dependantsOf = (phases: DagPhase[], key: string): Set<string> => {
  const found = new Set<string>()
  let frontier = [key]
  while (frontier.length) {
    const next: string[] = []
    for (const phase of phases) {
      if (!found.has(phase.key) && depsOf(phase).some((dep) => frontier.includes(dep))) {
        found.add(phase.key)
        next.push(phase.key)
      }
    }
    frontier = next
  }
  return found
}
