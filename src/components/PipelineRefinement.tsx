'use client'
import type { RefinementState } from '../refine/state.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'

const small = { fontSize: 12, margin: '0 0 8px' } as const
const listStyle = { fontSize: 12, margin: '0 0 8px', paddingLeft: 18 } as const

type Props = { active: boolean; refinement: null | RefinementState | undefined }

/**
 * The Pipeline panel's refinement lines: while a round runs, each phase and the checks it fixes
 * ("meta — Meta description target length: 131 characters; 148–155 is ideal"); once rounds end,
 * what still fails, with the phase that owns it, for the editor.
 */
export const PipelineRefinement = ({ active, refinement }: Props) => {
  const { t } = useKitTranslation()
  if (!refinement) return null
  const { maxRounds, proposed, remaining, round, status, stoppedBecause, tasks } = refinement
  if (status === 'refining' && active) {
    return (
      <div id="prompt-kit-refinement" role="status">
        <p style={small}>{t('refineRefining', { max: maxRounds, round })}</p>
        <ul style={listStyle}>
          {tasks.flatMap((task) =>
            task.checks.map((check) => (
              <li key={`${task.phase}:${check.id}`}>
                <strong>{task.phase}</strong> — {check.label}: {check.message}
              </li>
            )),
          )}
        </ul>
      </div>
    )
  }
  if (status === 'refining') return null
  if (status === 'passed') {
    return (
      <p id="prompt-kit-refinement" style={small}>
        {round ? t('refinePassed', { rounds: round }) : t('refineNothingToDo')}
      </p>
    )
  }
  const heading =
    status === 'stopped' ? t('refineStopped', { reason: stoppedBecause ?? '' }) : status === 'exhausted' ? t('refineExhausted', { rounds: round }) : t('refineNeedsEditor')
  return (
    <div id="prompt-kit-refinement">
      <p style={small}>{heading}</p>
      <ul style={listStyle}>
        {remaining.map((check) => (
          <li key={check.id}>
            {check.severity === 'error' ? '✗' : '⚠'} {check.label}: {check.message}
            {check.owner ? ` (${proposed.includes(check.owner) ? t('refineProposal') : t('refineOwner', { phase: check.owner })})` : ''}
          </li>
        ))}
      </ul>
    </div>
  )
}
