import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type WorkerProcess = {
  child: ChildProcess
  /** Resolves with the exit code (null when ended by a signal). */
  exited: Promise<null | number>
  /** Everything it printed so far, stdout and stderr. */
  output: () => string
  /** Resolves once it reports that it runs jobs; rejects if it exits before. */
  ready: Promise<void>
  /** SIGTERM (finish the jobs in progress, then exit), or another signal; resolves with the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<null | number>
}

/** `npm run worker` in a child process, as production runs it, with `env` added to the test's environment. */
export const startWorkerProcess = (env: Record<string, string>, args: string[] = ['--limit', '1', '--interval', '100']): WorkerProcess => {
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/worker.ts', ...args], {
    cwd: root,
    // Jest's --experimental-vm-modules is not for the worker.
    env: { ...process.env, ...env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const chunks: string[] = []
  const output = () => chunks.join('')
  const exited = new Promise<null | number>((resolve) => child.once('exit', (code) => resolve(code)))
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      chunks.push(chunk.toString())
      if (output().includes('running generation jobs')) resolve()
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    void exited.then((code) => reject(new Error(`worker ${String(child.pid)} exited (${String(code)}) before it was ready:\n${output()}`)))
  })
  ready.catch(() => undefined)
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    return exited
  }
  return { child, exited, output, ready, stop }
}
