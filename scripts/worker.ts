/**
 * `npm run worker [-- --limit 4] [--interval 1000] [--verbose]`
 *
 * Runs queued generation jobs in a loop (the plugin's task only; other tasks are left to the
 * host's runner). Loads `PAYLOAD_CONFIG_PATH` or the dev app's config. On SIGINT/SIGTERM it stops
 * taking jobs, lets the ones in progress finish, closes the database and exits 0; a second signal
 * exits at once (interrupted jobs stay `processing` and need a manual reset).
 */
import { startScript } from './startScript.js'

startScript('worker', () => import('./workerCommand.js'))
