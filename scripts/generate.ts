/**
 * `npm run generate -- --brief <id or slug> [--phases a,b] [--force] [--verbose]`
 *
 * Queues a generation run for the brief's article, runs it in this process and prints each phase
 * as it finishes. Loads `PAYLOAD_CONFIG_PATH` or the dev app's config. Exit code 0 when the run
 * succeeded; 1 with one readable line otherwise (LLM unconfigured or unreachable, unknown brief or
 * phase, failed run); 2 for bad arguments.
 */
import { startScript } from './startScript.js'

startScript('generate', () => import('./generateCommand.js'))
