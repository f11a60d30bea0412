import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { devDatabase } from './database.js'
import { devConfig } from './devConfig.js'

const devDir = path.dirname(fileURLToPath(import.meta.url))

// SQLite by default; DATABASE_URI picks PostgreSQL or MongoDB (see database.ts).
export default devConfig(devDatabase(process.env.DATABASE_URI, devDir))
