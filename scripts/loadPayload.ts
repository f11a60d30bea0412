import type { Payload, SanitizedConfig } from 'payload'

import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { getPayload } from 'payload'

import { CliError } from './cliError.js'

/** `PAYLOAD_CONFIG_PATH` (relative to the current directory) or the dev app's config. */
export const configPath = (): string => path.resolve(process.env.PAYLOAD_CONFIG_PATH ?? 'dev/payload.config.ts')

/** Import the Payload config without starting Payload (no database connection yet). */
export const loadConfig = async (): Promise<SanitizedConfig> => {
  const file = configPath()
  try {
    const mod = (await import(pathToFileURL(file).href)) as { default?: unknown }
    return (await (mod.default ?? mod)) as SanitizedConfig
  } catch (error) {
    throw new CliError(
      `could not load the Payload config ${file}: ${error instanceof Error ? error.message : String(error)} (set PAYLOAD_CONFIG_PATH to choose another)`,
    )
  }
}

/** Start Payload; the logger is turned down to warnings unless `verbose`, so progress lines stay readable. */
export const startPayload = async (config: SanitizedConfig, { verbose = false } = {}): Promise<Payload> => {
  const payload = await getPayload({ config })
  if (!verbose) payload.logger.level = 'warn'
  return payload
}

/** Close database connections; db-postgres can keep a pooled client, so callers still exit explicitly. */
export const stopPayload = async (payload: Payload | undefined): Promise<void> => {
  await payload?.destroy().catch(() => undefined)
}
