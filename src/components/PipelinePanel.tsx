'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import type { PhaseStatusEntry } from '../pipeline/status.js'

import { usePipelineStatus } from './usePipelineStatus.js'

const usd = (value: number) => `$${value.toFixed(4)}`

const colours: Record<string, string> = {
  done: '#2e7d32',
  edited: '#6a1b9a',
  failed: '#c62828',
  queued: '#616161',
  running: '#1565c0',
  stale: '#ef6c00',
}

const PhaseRow = ({ busy, onRun, phase }: { busy: boolean; onRun: () => void; phase: PhaseStatusEntry }) => (
  <li style={{ borderBottom: '1px solid var(--theme-elevation-100)', padding: '6px 0' }}>
    <div style={{ alignItems: 'center', display: 'flex', gap: 8, justifyContent: 'space-between' }}>
      <strong>{phase.title}</strong>
      <span style={{ color: colours[phase.status] ?? 'inherit' }}>{phase.status === 'edited' ? 'edited by a person' : phase.status}</span>
    </div>
    <div style={{ fontSize: 12, opacity: 0.8 }}>
      {phase.tokens} tokens · {usd(phase.cost)}
      {phase.latencyMs !== null ? ` · ${(phase.latencyMs / 1000).toFixed(1)} s` : ''}
      <button disabled={busy} onClick={onRun} style={{ marginLeft: 8 }} type="button">
        Run phase
      </button>
    </div>
    {phase.error ? <div style={{ color: colours.failed, fontSize: 12 }}>{phase.error}</div> : null}
  </li>
)

/**
 * Article sidebar: each phase of the kit with status, tokens and cost, updated every 2 s, plus
 * buttons that start runs through the article's generate endpoint.
 */
export const PipelinePanel = () => {
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  const base = id && collectionSlug ? `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${String(id)}` : null
  const { error, refresh, status } = usePipelineStatus(base ? `${base}/pipeline` : null)
  const [message, setMessage] = useState<null | string>(null)

  if (!base) return <p>Save the article to generate it.</p>

  const active = Boolean(status?.run?.active)
  const start = async (body: { force?: boolean; phases?: string[] }) => {
    setMessage(null)
    const res = await fetch(`${base}/generate`, {
      body: JSON.stringify(body),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const answer = (await res.json().catch(() => null)) as { errors?: { message: string }[] } | null
    setMessage(res.ok ? 'Run queued.' : (answer?.errors?.[0]?.message ?? `HTTP ${res.status}`))
    await refresh()
  }
  const stale = status?.phases.filter((p) => p.status === 'stale').map((p) => p.key) ?? []

  return (
    <div className="prompt-kit-pipeline" style={{ marginBottom: 24 }}>
      <h4 style={{ margin: '0 0 8px' }}>Pipeline</h4>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        <button disabled={active} onClick={() => void start({})} type="button">
          Run all
        </button>
        <button disabled={active || stale.length === 0} onClick={() => void start({ phases: stale })} type="button">
          Re-run stale ({stale.length})
        </button>
      </div>
      {status?.run ? (
        <p style={{ fontSize: 12 }}>
          Run {status.run.status}
          {status.run.error ? `: ${status.run.error}` : ''}
        </p>
      ) : null}
      {message ? <p style={{ fontSize: 12 }}>{message}</p> : null}
      {error ? <p style={{ color: colours.failed, fontSize: 12 }}>{error}</p> : null}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {status?.phases.map((phase) => (
          <PhaseRow busy={active} key={phase.key} onRun={() => void start({ force: true, phases: [phase.key] })} phase={phase} />
        ))}
      </ul>
      {status ? (
        <p style={{ fontSize: 12 }}>
          Total: {status.totals.tokens} tokens · {usd(status.totals.cost)}
        </p>
      ) : null}
    </div>
  )
}
