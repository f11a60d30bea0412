/**
 * `npm run dev:seed`: start Payload once against DATABASE_URI and stop. Starting runs the
 * plugin's default-kit seed and dev/seed.ts (both idempotent), so deleted seed data comes back.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const payload = await getPayload({ config })
payload.logger.info('dev seed: done')
await payload.destroy()
process.exit(0)
