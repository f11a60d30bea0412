/**
 * `npm run worker [-- --limit 4] [--interval 1000] [--verbose]`
 *
 * Runs queued generation jobs, up to `--limit` at once, starting the next as soon as one ends (the
 * plugin's task only; other tasks are left to the host's runner). Jobs whose worker died are taken
 * over once their leases lapse (`pipeline.leaseMs`); a database restart is waited out. Loads
 * `PAYLOAD_CONFIG_PATH` or the dev app's config. On SIGINT/SIGTERM it stops taking jobs, lets the
 * ones in progress finish, closes the database and exits 0; a second signal exits at once (its
 * jobs are then taken over by another worker, or the app's job runner, once their leases lapse).
 */
import { startScript } from './startScript.js'

startScript('worker', () => import('./workerCommand.js'))
