'use client'
import type { JSONFieldClientComponent } from 'payload'

import { useField } from '@payloadcms/ui'

import type { ComponentStringKey } from '../i18n/componentStrings.js'
import type { PluginStringKey } from '../i18n/en.js'
import type { JsonPath, ReadableResearchItem, ResearchType } from './generatedJsonShapes.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { citationInput, readResearch, researchTypes, setAt } from './generatedJsonShapes.js'
import { ReadableJsonField } from './ReadableJsonField.js'
import { inputStyle, plainList, selectStyle } from './readableStyles.js'

const typeLabels = {
  expert: 'researchTypeExpert',
  organization: 'researchTypeOrganization',
  other: 'researchTypeOther',
  statistic: 'researchTypeStatistic',
  study: 'researchTypeStudy',
  tool: 'researchTypeTool',
  trend: 'researchTypeTrend',
} as const satisfies Record<ResearchType, PluginStringKey>

const smallLabel = { display: 'block', fontSize: 12, margin: '4px 0 0' } as const

type Edit = (path: JsonPath, next: unknown) => void
type T = (key: ComponentStringKey | PluginStringKey, vars?: Record<string, number | string>) => string

type ItemProps = { disabled: boolean; edit: Edit; index: number; item: ReadableResearchItem; t: T }

/** One research item: name and type, why it belongs, and whether (and where) to cite it. */
const ResearchItemRow = ({ disabled, edit, index, item, t }: ItemProps) => {
  const at = (key: string): JsonPath => ['items', index, key]
  const of = `${item.name || index + 1}`
  return (
    <li
      className="prompt-kit-research-item"
      data-type={item.type}
      style={{ borderBottom: '1px solid var(--theme-elevation-100)', padding: '8px 0' }}
    >
      <div style={{ display: 'flex', gap: 8 }}>
        <input
          aria-label={`${t('researchName')} ${index + 1}`}
          disabled={disabled}
          onChange={(e) => edit(at('name'), e.target.value)}
          style={{ ...inputStyle, fontWeight: 600 }}
          type="text"
          value={item.name}
        />
        <select
          aria-label={`${t('researchType')}: ${of}`}
          disabled={disabled}
          onChange={(e) => edit(at('type'), e.target.value)}
          style={selectStyle}
          value={item.type}
        >
          {researchTypes.map((type) => (
            <option key={type} value={type}>
              {t(typeLabels[type])}
            </option>
          ))}
        </select>
      </div>
      <label style={smallLabel}>
        {t('researchWhy')}
        <textarea
          aria-label={`${t('researchWhy')}: ${of}`}
          disabled={disabled}
          onChange={(e) => edit(at('whyInclude'), e.target.value)}
          rows={2}
          style={inputStyle}
          value={item.whyInclude}
        />
      </label>
      <div style={{ alignItems: 'center', display: 'flex', gap: 12, marginTop: 4 }}>
        <label style={{ alignItems: 'center', display: 'flex', fontSize: 12, gap: 4, whiteSpace: 'nowrap' }}>
          <input
            aria-label={`${t('researchNeedsCitation')}: ${of}`}
            checked={item.needsCitation}
            disabled={disabled}
            onChange={(e) => edit(at('needsCitation'), e.target.checked)}
            type="checkbox"
          />
          {t('researchNeedsCitation')}
        </label>
        <input
          aria-label={`${t('researchCitation')}: ${of}`}
          disabled={disabled}
          onChange={(e) => edit(at('citationSuggestion'), citationInput(e.target.value))}
          placeholder={t('researchCitation')}
          style={inputStyle}
          type="text"
          value={item.citationSuggestion}
        />
      </div>
    </li>
  )
}

/**
 * The research field as an editable list: each fact or entity with its type, why to include it and
 * the suggested citation. Edits go into the form value like any other field's.
 */
export const ResearchList: JSONFieldClientComponent = (props) => {
  const { t } = useKitTranslation()
  const { setValue, value } = useField<unknown>({ potentiallyStalePath: props.path })
  const state = readResearch(value)
  const edit: Edit = (path, next) => setValue(setAt(value, path, next))

  return (
    <ReadableJsonField fieldProps={props}>
      {state.kind === 'empty' ? <p>{t('researchEmpty')}</p> : null}
      {state.kind === 'unreadable' ? <p role="status">{t('jsonNotReadable')}</p> : null}
      {state.kind === 'readable' ? (
        <ol className="prompt-kit-research" style={plainList}>
          {state.value.map((item, index) => (
            <ResearchItemRow
              disabled={Boolean(props.readOnly)}
              edit={edit}
              index={index}
              item={item}
              key={index}
              t={t}
            />
          ))}
        </ol>
      ) : null}
    </ReadableJsonField>
  )
}
