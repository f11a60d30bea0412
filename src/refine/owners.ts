import type { OutputKind } from '../kit/outputKinds.js'
import type { CheckResult } from '../gate/types.js'
import type { KitPhase } from '../pipeline/types.js'

/**
 * Which kind of phase can fix a failed check. Checks missing here are not the model's to fix: the
 * title comes from the brief, E-E-A-T evidence needs an editor who verified it, the FAQ/JSON-LD match
 * is rebuilt on save, a link an editor wrote into the text to a draft is the editor's, and a link
 * waiting for its target to be published is no fault.
 */
const ownerKinds: Record<string, OutputKind> = {
  'faq-present': 'faq',
  'heading-levels': 'body',
  'internal-links-target': 'internalLinks',
  'keyword-in-h2': 'body',
  'keyword-in-meta-description': 'meta',
  'keyword-in-meta-title': 'meta',
  'keyword-in-opening': 'introduction',
  'meta-description-length': 'meta',
  'meta-description-target': 'meta',
  'meta-title-length': 'meta',
  'meta-title-target': 'meta',
  'single-h1': 'body',
}

/** Heading checks name the part they found the problem in: that part's phase fixes it. */
const partKinds: Record<string, OutputKind> = { body: 'body', conclusion: 'conclusion', introduction: 'introduction' }

/** The kind of phase that owns a failed check, or undefined when no phase may fix it. */
export const ownerKindOf = (check: Pick<CheckResult, 'id' | 'path'>): OutputKind | undefined => {
  const kind = ownerKinds[check.id]
  if (kind === 'body' && check.path) return partKinds[check.path.split('.')[0]!] ?? kind
  return kind
}

/** The key of the kit phase that owns a failed check, or undefined when no phase of the kit may fix it. */
export const ownerPhaseOf = (check: Pick<CheckResult, 'id' | 'path'>, phases: KitPhase[]): string | undefined => {
  const kind = ownerKindOf(check)
  return kind && phases.find((p) => p.outputKind === kind)?.key
}

/** One phase's work in a refinement round: the checks it must make pass. */
export type RefinementTask = { checks: Array<Pick<CheckResult, 'id' | 'label' | 'message'>>; phase: string }

/** The line a phase's prompt gets for one failed check: what failed, the current value, the target. */
export const feedbackLine = (check: Pick<CheckResult, 'label' | 'message'>): string => `${check.label}: ${check.message}`

/**
 * Per phase of the kit, the failed checks it owns; only phases in `scope` (those the run produced)
 * and not in `exclude` (failed, or turned into a proposal an editor must review). Kit order.
 */
export const refinementPlan = (
  failed: CheckResult[],
  { exclude, phases, scope }: { exclude: ReadonlySet<string>; phases: KitPhase[]; scope: ReadonlySet<string> },
): RefinementTask[] => {
  const byPhase = new Map<string, RefinementTask['checks']>()
  for (const check of failed) {
    const phase = ownerPhaseOf(check, phases)
    if (!phase || !scope.has(phase) || exclude.has(phase)) continue
    byPhase.set(phase, [...(byPhase.get(phase) ?? []), { id: check.id, label: check.label, message: check.message }])
  }
  return phases.flatMap((p) => (byPhase.has(p.key) ? [{ checks: byPhase.get(p.key)!, phase: p.key }] : []))
}
