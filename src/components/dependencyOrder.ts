import { topologicalOrder } from '../pipeline/dag.js'

/**
 * Items in an order where every phase follows the phases it depends on (ties keep kit order). A
 * kit with a cycle cannot be run anyway; it is shown in kit order rather than not at all.
 */
export const inDependencyOrder = <T extends { dependsOn?: null | string[]; key: string }>(items: T[]): T[] => {
  try {
    const position = new Map(topologicalOrder(items).map((key, index) => [key, index]))
    return [...items].sort((a, b) => position.get(a.key)! - position.get(b.key)!)
  } catch {
    return items
  }
}
