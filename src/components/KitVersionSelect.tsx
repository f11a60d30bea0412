'use client'
import type { KitVersionOption } from './kitVersions.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { kitVersionDate, lastRunKitVersion } from './kitVersions.js'

type SelectProps = {
  disabled: boolean
  onChange: (version: KitVersionOption | null) => void
  /** null hides the select: the versions could not be read. */
  options: KitVersionOption[] | null
  value: KitVersionOption | null
}

/** "Kit version": the kit as it is now (default), or a saved version to pin the next run to. */
export const KitVersionSelect = ({ disabled, onChange, options, value }: SelectProps) => {
  const { i18n, t } = useKitTranslation()
  if (!options || options.length === 0) return null
  return (
    <label style={{ display: 'block', fontSize: 12, margin: '8px 0 0' }}>
      {t('kitVersion')}{' '}
      <select
        disabled={disabled}
        id="prompt-kit-kit-version"
        onChange={(e) => onChange(options.find((o) => String(o.id) === e.target.value) ?? null)}
        title={t('kitVersionHint')}
        value={value === null ? '' : String(value.id)}
      >
        <option value="">{t('kitVersionCurrent')}</option>
        {options.map((option) => {
          const date = kitVersionDate(option, i18n.language)
          return (
            <option key={String(option.id)} value={String(option.id)}>
              {option.latest ? t('kitVersionLatest', { date }) : date}
            </option>
          )
        })}
      </select>
    </label>
  )
}

/** Which kit version the article's last run used (`run.kitVersion`). */
export const LastRunKitVersion = ({ kitVersion, options }: { kitVersion: null | string; options: KitVersionOption[] | null }) => {
  const { i18n, t } = useKitTranslation()
  const used = lastRunKitVersion(kitVersion, options)
  const version =
    used.kind === 'current'
      ? t('kitVersionCurrentUsed')
      : used.kind === 'listed'
        ? kitVersionDate(used.option, i18n.language)
        : t('kitVersionId', { id: used.id })
  return (
    <p data-kit-version={kitVersion ?? ''} id="prompt-kit-last-kit-version" style={{ fontSize: 12, margin: '4px 0 0' }}>
      {t('kitVersionLastRun', { version })}
    </p>
  )
}
