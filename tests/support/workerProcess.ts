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
  /** SIGKILL: the worker dies at once, as in a crash or an OOM kill; resolves with the exit code (null). */
  kill: () => Promise<null | number>
  /** SIGTERM: it finishes the jobs in progress, then exits; resolves with the exit code. */
  stop: () => Promise<null | number>
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null

/**
 * `npm run worker` in a child process, with `env` added to the test's environment. Node loads tsx
 * itself (`--import tsx`) rather than through the `tsx` command, which runs the script in a second
 * process of its own: a SIGKILL of the command would leave that one running. Its own process group,
 * so a kill also reaches a process the worker relaunched (see scripts/relaunch.ts).
 */
export const startWorkerProcess = (env: Record<string, string>, args: string[] = ['--limit', '1', '--interval', '100']): WorkerProcess => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts', ...args], {
    cwd: root,
    detached: true,
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
  const kill = async () => {
    if (running(child)) process.kill(-child.pid!, 'SIGKILL')
    return exited
  }
  const stop = async () => {
    if (running(child)) child.kill('SIGTERM')
    return exited
  }
  return { child, exited, kill, output, ready, stop }
}
