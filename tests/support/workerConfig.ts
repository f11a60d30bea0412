/**
 * The config of the worker processes the worker tests start
 * (`PAYLOAD_CONFIG_PATH=tests/support/workerConfig.ts npm run worker`): the test's schema on the
 * database, fake LLM and lease options the test put in the environment (see workerSetup.ts).
 */
import { workerSetupFromEnv, workerTestConfig } from './workerSetup.js'

export default workerTestConfig(workerSetupFromEnv(), { push: false })
