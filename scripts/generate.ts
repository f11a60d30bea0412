/**
 * `npm run generate -- --brief <id or slug> [--phases a,b] [--force] [--verbose]`
 *
 * Queues a generation run for the brief's article, runs it in this process and prints each phase
 * as it finishes. Loads `PAYLOAD_CONFIG_PATH` or the dev app's config. Exit code 0 when the run
 * succeeded; 1 with one readable line otherwise (LLM unconfigured or unreachable, unknown brief or
 * phase, failed run); 2 for bad arguments.
 *
 * `npm run generate -- --map <id or slug> [--briefs 3,4] [--max-cost 5] [--max-tokens N] [--jobs 2] [--dry-run]`
 * queues the topical map's batch (generateTopicalMap: pillar first, within the budget), prints the
 * forecast and what was skipped, runs the queued jobs here (`--jobs` at a time, in queue order) with
 * one line per article as its status or phase count changes, and a total. Exit code 1 when an
 * article failed.
 */
import { startScript } from './startScript.js'

startScript('generate', () => import('./generateCommand.js'))
