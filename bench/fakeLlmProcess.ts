import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { RateLimitLog, RateLimits } from '../tests/support/fakeProviders.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const READY_TIMEOUT_MS = 60_000
const ATTEMPTS = 5

export type FakeRequest = { id: number; type: 'counts' | 'reset' }
/** `calls`: requests per (subject, phase); `requestCount`: all chat requests so far; `rateLimitLog` with limits. */
export type FakeCounts = { calls: number[]; id: number; rateLimitLog?: RateLimitLog; requestCount: number }

export type BenchFake = {
  baseURL: string
  close: () => Promise<void>
  counts: () => Promise<FakeCounts>
  latencyMs: number
  /** Forget the per-(subject, phase) counts; returns the counts from just before. */
  reset: () => Promise<FakeCounts>
}

/** Resolves with the URL the child prints, or undefined when it exits first (a stalled module load). */
const started = (child: ChildProcess): Promise<string | undefined> =>
  new Promise((resolve) => {
    let output = ''
    const timer = setTimeout(() => (child.kill('SIGKILL'), resolve(undefined)), READY_TIMEOUT_MS)
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const url = /^http:\/\/\S+/m.exec(output)?.[0]
      if (url) (clearTimeout(timer), resolve(url))
    })
    child.once('exit', () => (clearTimeout(timer), resolve(undefined)))
  })

/**
 * The bench's fake LLM in a process of its own (bench/fakeServer.ts). In the bench's process its
 * request handling waited for the plugin's CPU work (an article save), so the plugin's overhead
 * showed up as LLM time; a real endpoint never shares the app's event loop.
 */
export const startFakeLlmProcess = async (latencyMs: number, limits?: RateLimits): Promise<BenchFake> => {
  const args = [path.join(root, 'bench', 'fakeServer.ts'), String(latencyMs), ...(limits ? [JSON.stringify(limits)] : [])]
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    })
    const baseURL = await started(child)
    if (!baseURL) continue // Node 20's loader stalls now and then (see scripts/preloadLexical.ts): start again
    let next = 0
    const ask = (type: FakeRequest['type']) =>
      new Promise<FakeCounts>((resolve) => {
        const id = ++next
        const onMessage = (message: FakeCounts) => {
          if (message.id !== id) return
          child.off('message', onMessage)
          resolve(message)
        }
        child.on('message', onMessage)
        child.send({ id, type } satisfies FakeRequest)
      })
    const close = async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    return { baseURL, close, counts: () => ask('counts'), latencyMs, reset: () => ask('reset') }
  }
  throw new Error(`bench: the fake LLM server did not start in ${ATTEMPTS} attempts`)
}
