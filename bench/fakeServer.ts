/**
 * `npx tsx bench/fakeServer.ts [latencyMs]`: the fake OpenAI server on its own, for trying the CLI
 * and the worker without a model: `OPENAI_BASE_URL=<printed URL> npm run generate -- --brief 1`.
 */
import { startBenchFake } from './fakeLlm.js'

const fake = await startBenchFake(Number(process.argv[2] ?? 200))
process.stdout.write(`${fake.baseURL}\n`)
const stop = () => void fake.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
