import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const nextBin = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next')

/** The env of a child process: ours without jest's, plus `env`. */
const childEnv = (env: Record<string, string>): NodeJS.ProcessEnv => {
  const { JEST_WORKER_ID: _worker, NODE_OPTIONS: _options, ...rest } = process.env
  return { ...rest, NEXT_TELEMETRY_DISABLED: '1', ...env }
}

const run = (args: string[], env: Record<string, string>, what: string) => {
  const result = spawnSync('npm', args, { cwd: repoRoot, encoding: 'utf8', env: childEnv(env), stdio: 'pipe' })
  if (result.status !== 0) {
    throw new Error(`${what} failed (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`)
  }
}

/** CI runs `npm run dev:build` first; locally, build when there is no build yet. */
export const ensureBuilt = () => {
  if (existsSync(path.join(repoRoot, 'dev', '.next', 'BUILD_ID'))) return
  run(['run', 'dev:build'], {}, 'npm run dev:build')
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

export type NextServer = { baseUrl: string; logs: () => string; stop: () => Promise<void> }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * `next start dev` on a free port, in its own process group (npm/next spawn children), resolved once
 * Payload answers. `stop` ends the whole group.
 */
export const startNextServer = async (env: Record<string, string>, { readyTimeoutMs = 180_000 } = {}): Promise<NextServer> => {
  const port = Number(env.PORT ?? (await freePort()))
  const baseUrl = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, [nextBin, 'start', 'dev', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: repoRoot,
    detached: true,
    env: childEnv({ SITE_URL: baseUrl, ...env, NODE_ENV: 'production' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
    const group = -child.pid
    try {
      process.kill(group, 'SIGTERM')
    } catch {
      return // already gone
    }
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), 10_000)))
    const outcome = await Promise.race([exited, timeout])
    clearTimeout(timer) // a pending timer would keep jest alive
    if (outcome === 'timeout') {
      try {
        process.kill(group, 'SIGKILL')
      } catch {
        // exited in between
      }
      await exited
    }
  }

  const started = Date.now()
  // The first API request also starts Payload (and its onInit seed), so wait for a real answer.
  while (Date.now() - started < readyTimeoutMs) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`)
    try {
      const res = await fetch(`${baseUrl}/api/users/me`)
      if (res.status < 500) return { baseUrl, logs: () => output, stop }
    } catch {
      // not listening yet
    }
    await sleep(500)
  }
  await stop()
  throw new Error(`next start did not answer within ${readyTimeoutMs} ms:\n${output}`)
}
