'use client'
import { Button } from '@payloadcms/ui'

import { useKitTranslation } from '../i18n/useKitTranslation.js'

/** The inputs as typed; empty means "no limit given" (the map's default budget applies). */
export type MapBudgetValues = { maxCostUsd: string; maxTokens: string }

/** The budget fields of a generate request, from what was typed (blank or invalid ones left out). */
export const budgetBody = (values: MapBudgetValues): { maxCostUsd?: number; maxTokens?: number } => {
  const cost = Number(values.maxCostUsd)
  const tokens = Number(values.maxTokens)
  return {
    ...(values.maxCostUsd.trim() && cost > 0 ? { maxCostUsd: cost } : {}),
    ...(values.maxTokens.trim() && Number.isInteger(tokens) && tokens > 0 ? { maxTokens: tokens } : {}),
  }
}

/** A budget for this batch, and a button to see the forecast under it. */
export const MapBudgetInputs = ({
  disabled,
  onChange,
  onUpdate,
  values,
}: {
  disabled: boolean
  onChange: (values: MapBudgetValues) => void
  onUpdate: () => void
  values: MapBudgetValues
}) => {
  const { t } = useKitTranslation()
  return (
    <div style={{ alignItems: 'flex-end', display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 12 }}>
      <label>
        {t('mapBudgetMaxCostInput')}
        <input
          id="prompt-kit-map-max-cost"
          min="0"
          onChange={(e) => onChange({ ...values, maxCostUsd: e.target.value })}
          step="0.01"
          type="number"
          value={values.maxCostUsd}
        />
      </label>
      <label>
        {t('mapBudgetMaxTokensInput')}
        <input
          id="prompt-kit-map-max-tokens"
          min="0"
          onChange={(e) => onChange({ ...values, maxTokens: e.target.value })}
          step="1000"
          type="number"
          value={values.maxTokens}
        />
      </label>
      <Button buttonStyle="secondary" disabled={disabled} margin={false} onClick={onUpdate} size="small">
        {t('mapUpdateForecast')}
      </Button>
    </div>
  )
}
