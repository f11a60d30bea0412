'use client'
import type { JSONFieldClientProps } from 'payload'
import type { ReactNode } from 'react'

import { Button, FieldDescription, FieldLabel, JSONField } from '@payloadcms/ui'
import { useState } from 'react'

import { useKitTranslation } from '../i18n/useKitTranslation.js'

type Props = {
  /** The readable view of the value. */
  children: ReactNode
  fieldProps: JSONFieldClientProps
}

/**
 * A generated JSON field shown as something an editor can read (the children), with a toggle to
 * Payload's own JSON editor for power users. Both edit the same form value.
 */
export const ReadableJsonField = ({ children, fieldProps }: Props) => {
  const { t } = useKitTranslation()
  const [raw, setRaw] = useState(false)
  const { field, path } = fieldProps
  const id = `prompt-kit-${path.replace(/\./g, '__')}`
  const toggle = (
    <Button
      buttonStyle="pill"
      className="prompt-kit-json-toggle"
      extraButtonProps={{ 'aria-controls': id, 'aria-pressed': raw }}
      id={`${id}-toggle`}
      margin={false}
      onClick={() => setRaw(!raw)}
      size="small"
    >
      {raw ? t('jsonShowReadable') : t('jsonShowRaw')}
    </Button>
  )
  return (
    <div
      className="field-type prompt-kit-readable-json"
      data-view={raw ? 'json' : 'readable'}
      id={id}
      style={{ marginBottom: 24 }}
    >
      <div style={{ alignItems: 'baseline', display: 'flex', gap: 12, justifyContent: 'space-between' }}>
        {raw ? <span /> : <FieldLabel label={field.label} path={path} />}
        {toggle}
      </div>
      {raw ? (
        <JSONField {...fieldProps} />
      ) : (
        <>
          {children}
          <FieldDescription description={field.admin?.description as string | undefined} path={path} />
        </>
      )}
    </div>
  )
}
