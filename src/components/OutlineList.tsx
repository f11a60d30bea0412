'use client'
import type { JSONFieldClientComponent } from 'payload'

import { useField } from '@payloadcms/ui'

import type { JsonPath, ReadableHeading } from './generatedJsonShapes.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'
import { readOutline, setAt, wordTargetInput } from './generatedJsonShapes.js'
import { ReadableJsonField } from './ReadableJsonField.js'
import { inputStyle, plainList } from './readableStyles.js'

const levelStyle = {
  background: 'var(--theme-elevation-100)',
  borderRadius: 3,
  fontSize: 11,
  fontWeight: 700,
  padding: '1px 6px',
} as const

type Edit = (path: JsonPath, next: unknown) => void

type HeadingProps = {
  disabled: boolean
  edit: Edit
  heading: ReadableHeading
  path: JsonPath
  position: string
}

/** One H2 or H3: its text, word target and notes as inputs, then its subsections. */
const HeadingItem = ({ disabled, edit, heading, path, position }: HeadingProps) => {
  const { t } = useKitTranslation()
  const name = t('outlineHeading', { level: heading.level })
  return (
    <li className="prompt-kit-outline-heading" data-level={heading.level} style={{ margin: '0 0 10px' }}>
      <div style={{ alignItems: 'center', display: 'flex', gap: 8 }}>
        <span aria-hidden="true" style={levelStyle}>
          {heading.level}
        </span>
        <input
          aria-label={`${name} ${position}`}
          disabled={disabled}
          onChange={(e) => edit([...path, 'text'], e.target.value)}
          style={{ ...inputStyle, fontWeight: 600 }}
          type="text"
          value={heading.text}
        />
        <label style={{ alignItems: 'center', display: 'flex', fontSize: 12, gap: 4, whiteSpace: 'nowrap' }}>
          {t('outlineWordTarget')}
          <input
            aria-label={`${t('outlineWordTarget')}: ${name} ${position}`}
            disabled={disabled}
            min={0}
            onChange={(e) => edit([...path, 'wordTarget'], wordTargetInput(e.target.value))}
            style={{ ...inputStyle, width: 80 }}
            type="number"
            value={heading.wordTarget ?? ''}
          />
        </label>
      </div>
      <textarea
        aria-label={`${t('outlineNotes')}: ${name} ${position}`}
        disabled={disabled}
        onChange={(e) => edit([...path, 'notes'], e.target.value)}
        rows={2}
        style={{
          ...inputStyle,
          display: 'block',
          fontSize: 12,
          margin: '4px 0 0 36px',
          width: 'calc(100% - 36px)',
        }}
        value={heading.notes}
      />
      {heading.children.length > 0 ? (
        <ol style={{ ...plainList, margin: '8px 0 0 24px' }}>
          {heading.children.map((child, i) => (
            <HeadingItem
              disabled={disabled}
              edit={edit}
              heading={child}
              key={i}
              path={[...path, 'children', i]}
              position={`${position}.${i + 1}`}
            />
          ))}
        </ol>
      ) : null}
    </li>
  )
}

/**
 * The outline field as an editable list: the H1, then each H2 with its H3s, word targets and
 * notes. Edits go into the form value (and count as a person's edit of the outline, like any other).
 */
export const OutlineList: JSONFieldClientComponent = (props) => {
  const { i18n, t } = useKitTranslation()
  const { setValue, value } = useField<unknown>({ potentiallyStalePath: props.path })
  const state = readOutline(value)
  const disabled = Boolean(props.readOnly)
  const edit: Edit = (path, next) => setValue(setAt(value, path, next))

  return (
    <ReadableJsonField fieldProps={props}>
      {state.kind === 'empty' ? <p>{t('outlineEmpty')}</p> : null}
      {state.kind === 'unreadable' ? <p role="status">{t('jsonNotReadable')}</p> : null}
      {state.kind === 'readable' ? (
        <div className="prompt-kit-outline">
          <label style={{ display: 'block', fontSize: 12, marginBottom: 8 }}>
            {t('outlineTitle')}
            <input
              disabled={disabled}
              onChange={(e) => edit(['title'], e.target.value)}
              style={{ ...inputStyle, fontSize: 16, fontWeight: 700 }}
              type="text"
              value={state.value.title}
            />
          </label>
          {state.value.totalWordTarget !== null ? (
            <p style={{ fontSize: 12, margin: '0 0 8px' }}>
              {t('outlineTotalWords', { words: state.value.totalWordTarget.toLocaleString(i18n.language) })}
            </p>
          ) : null}
          <ol style={plainList}>
            {state.value.headings.map((heading, i) => (
              <HeadingItem
                disabled={disabled}
                edit={edit}
                heading={heading}
                key={i}
                path={['headings', i]}
                position={String(i + 1)}
              />
            ))}
          </ol>
        </div>
      ) : null}
    </ReadableJsonField>
  )
}
