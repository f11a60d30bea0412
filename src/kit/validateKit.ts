import { briefVariables, extractVariables, OUTPUTS_PREFIX } from './variables.js'

/** The part of a kit phase that validation looks at. */
export type KitPhaseInput = {
  dependsOn?: null | string[]
  key?: null | string
  template?: null | string
}

export type KitProblem = {
  /** Index of the phase in the kit's `phases` array. */
  index: number
  message: string
  /** Key of the phase, or `#<n>` when it has none. */
  phase: string
}

const keyPattern = /^[a-z][A-Za-z0-9]*$/

const nameOf = (phase: KitPhaseInput, index: number) => phase.key || `#${index + 1}`

/**
 * Check a kit's phases: keys, template variables, dependencies and cycles.
 * Returns every problem found, each naming the phase; an empty array means the kit is valid.
 */
export const validateKitPhases = (phases: KitPhaseInput[]): KitProblem[] => {
  const problems: KitProblem[] = []
  const report = (index: number, message: string) =>
    problems.push({ index, message, phase: nameOf(phases[index]!, index) })

  const keys = new Map<string, number>()
  phases.forEach((phase, index) => {
    const key = phase.key ?? ''
    if (!keyPattern.test(key)) {
      report(index, `phase key "${key}" must start with a lowercase letter and contain only letters and digits`)
    } else if (keys.has(key)) {
      report(index, `phase key "${key}" is used twice (also by phase ${keys.get(key)! + 1})`)
    } else {
      keys.set(key, index)
    }
  })

  phases.forEach((phase, index) => {
    const name = nameOf(phase, index)
    const dependsOn = phase.dependsOn ?? []
    for (const dep of dependsOn) {
      if (dep === phase.key) {
        report(index, `phase "${name}" depends on itself`)
      } else if (!keys.has(dep)) {
        report(index, `phase "${name}" depends on "${dep}", which is not a phase of this kit`)
      }
    }
    for (const variable of extractVariables(phase.template ?? '')) {
      if (variable.startsWith(OUTPUTS_PREFIX)) {
        const source = variable.slice(OUTPUTS_PREFIX.length)
        if (!keys.has(source)) {
          report(index, `phase "${name}" uses {{${variable}}} but the kit has no phase "${source}"`)
        } else if (!dependsOn.includes(source)) {
          report(index, `phase "${name}" uses {{${variable}}} but does not depend on "${source}"; add it to depends-on`)
        }
      } else if (!Object.prototype.hasOwnProperty.call(briefVariables, variable)) {
        report(
          index,
          `phase "${name}" uses unknown variable {{${variable}}}; known: ${Object.keys(briefVariables).join(', ')}, outputs.<phase>`,
        )
      }
    }
  })

  for (const cycle of findCycles(phases)) {
    report(keys.get(cycle[0]!)!, `phases form a dependency cycle: ${[...cycle, cycle[0]].join(' → ')}`)
  }
  return problems
}

/** Depth-first search for cycles among valid keys; each cycle is reported once. */
const findCycles = (phases: KitPhaseInput[]): string[][] => {
  const edges = new Map<string, string[]>()
  for (const phase of phases) {
    if (phase.key) {
      edges.set(phase.key, (phase.dependsOn ?? []).filter((d) => d !== phase.key))
    }
  }
  const state = new Map<string, 'done' | 'visiting'>()
  const stack: string[] = []
  const cycles: string[][] = []
  const visit = (key: string) => {
    state.set(key, 'visiting')
    stack.push(key)
    for (const next of edges.get(key) ?? []) {
      if (!edges.has(next)) continue
      if (state.get(next) === 'visiting') {
        cycles.push(stack.slice(stack.indexOf(next)))
      } else if (!state.has(next)) {
        visit(next)
      }
    }
    stack.pop()
    state.set(key, 'done')
  }
  for (const key of edges.keys()) {
    if (!state.has(key)) visit(key)
  }
  return cycles
}
