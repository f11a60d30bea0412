/**
 * `npm run bench [-- --parts kit,workers --latency 200 --reps 3 --runs 20 --workers 4 --jobs-per-worker 1]`
 * `npm run bench -- --parts bulk [--briefs 20 --bulk-rpm 30 --bulk-tpm 27000 --bulk-window 10000 --bulk-jobs-per-worker 2]`
 *
 * Pipeline benchmark against the tests' fake OpenAI server (fixed latency per call, valid sample
 * answers) running in a process of its own like a real endpoint, on SQLite (WAL, as a server should
 * run it) and, when DATABASE_URI_POSTGRES is set, PostgreSQL. Prints numbers; asserts nothing.
 * Definitions:
 * - chain LLM time = longest dependency chain of the default kit (phases) × latency: the least
 *   wall time any scheduler could reach.
 * - DAG / chain = wall time of a whole-kit run ÷ chain LLM time (1.0 would be ideal).
 * - overhead per phase (sequential) = (wall at concurrency 1 − phases × latency) ÷ phases: what the
 *   plugin adds around each LLM call (render, validate, record the generation, write the article,
 *   queue and job bookkeeping), since nothing overlaps.
 * - where a sequential run's time goes: from the times the bench process created each LLM request
 *   and received its response's headers (see timeline.ts).
 * - duplicate LLM calls = requests beyond the first per (article, phase), counted at the fake.
 * `--parts bulk` (not run by default; PostgreSQL): a topical map of `--briefs` (20) briefs generated with
 *   generateTopicalMap by 1 and `--workers` worker processes, against a fake that enforces
 *   `--bulk-rpm` requests and `--bulk-tpm` tokens per `--bulk-window` ms (429 past them), the plugin
 *   configured with the same `llm.rateLimits`; prints 429 %, wall, bound = max(requests / RPM,
 *   tokens / TPM) × window, and wall / bound (see bulk.ts).
 * `--parts trace` (not run by default) prints one sequential run's Local API and database-adapter
 * calls as a timeline (see operationTrace.ts).
 */
import { startScript } from '../scripts/startScript.js'

startScript('bench', () => import('./benchCommand.js'))
