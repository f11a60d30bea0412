'use client'
import type { KitPhasePreview } from '../endpoints/kitPhasePreview.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'

const preStyle = {
  background: 'var(--theme-elevation-50)',
  fontSize: 12,
  maxHeight: 360,
  overflow: 'auto',
  padding: 8,
  whiteSpace: 'pre-wrap',
} as const

const usd = (value: number) => `$${value.toFixed(4)}`

/** The rendered messages and estimates of one phase; all text, never HTML (templates are user input). */
export const KitPhasePreviewResult = ({ result }: { result: KitPhasePreview }) => {
  const { t } = useKitTranslation()
  const system = result.messages.find((m) => m.role === 'system')
  const user = result.messages.find((m) => m.role === 'user')
  const text = (content: unknown) => (typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  return (
    <div>
      <p style={{ fontSize: 12 }}>
        {t('kitPreviewTokens', {
          completionTokens: result.maxCompletionTokens,
          model: result.model,
          promptTokens: result.promptTokens,
        })}{' '}
        · {t('kitPreviewCost', { cost: usd(result.estimatedCost) })}
      </p>
      <p style={{ fontSize: 12 }}>
        {result.article === null ? t('kitPreviewNoArticle') : t('kitPreviewFromArticle', { article: String(result.article) })}
        {result.missingOutputs.length ? ` ${t('kitPreviewMissingOutputs', { phases: result.missingOutputs.join(', ') })}` : ''}
      </p>
      <h5 style={{ margin: '8px 0 4px' }}>{t('kitPreviewUser')}</h5>
      <pre style={preStyle}>{text(user?.content)}</pre>
      <details>
        <summary style={{ cursor: 'pointer', fontSize: 12 }}>{t('kitPreviewSystem')}</summary>
        <pre style={preStyle}>{text(system?.content)}</pre>
      </details>
    </div>
  )
}

/** The kit's validation problems, each naming its phase; the selected phase's come first. */
export const KitPhasePreviewProblems = ({ result }: { result: KitPhasePreview }) => {
  const { t } = useKitTranslation()
  const others = result.kitProblems.filter((p) => p.phase !== result.phase)
  const problems = [...result.problems, ...others]
  if (problems.length === 0) return <p style={{ color: 'var(--theme-success-500)', fontSize: 12 }}>{t('kitPreviewNoProblems')}</p>
  return (
    <div role="alert" style={{ color: 'var(--theme-error-500)', fontSize: 12 }}>
      <strong>{t('kitPreviewProblems')}</strong>
      <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
        {problems.map((problem, i) => (
          <li key={`${problem.index}-${i}`}>
            {problem.phase}: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  )
}
