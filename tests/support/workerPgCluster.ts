import { execFileSync } from 'node:child_process'

export type PgCluster = { name: string; version: string }

/**
 * The local PostgreSQL cluster serving `uri`, found by its port in `pg_lsclusters` (Debian's
 * postgresql-common, as in CI): the version is not hard-coded, as in .ci/run.
 */
export const clusterServing = (uri: string): PgCluster => {
  const port = new URL(uri).port || '5432'
  const match = clusters().find((fields) => fields[2] === port)
  if (!match) throw new Error(`no local PostgreSQL cluster listens on port ${port} (see pg_lsclusters)`)
  return { name: match[1]!, version: match[0]! }
}

/** pg_lsclusters' rows: version, name, port, status, … */
const clusters = () =>
  execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))

const isOnline = ({ name, version }: PgCluster) => clusters().some((fields) => fields[0] === version && fields[1] === name && fields[3] === 'online')

/** Stop the cluster the way an administrator or a failover does: open connections end with 57P01. */
export const stopCluster = ({ name, version }: PgCluster): void => {
  execFileSync('pg_ctlcluster', [version, name, 'stop', '--mode', 'fast'], { stdio: 'inherit' })
}

/** Start the cluster unless it runs already (pg_ctlcluster fails on a running one). */
export const startCluster = (cluster: PgCluster): void => {
  if (!isOnline(cluster)) execFileSync('pg_ctlcluster', [cluster.version, cluster.name, 'start'], { stdio: 'inherit' })
}
