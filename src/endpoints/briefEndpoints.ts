import type { Endpoint } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { generateEndpoint } from './generateEndpoints.js'
import { importBriefEndpoint } from './importBriefEndpoint.js'
import { previewEndpoint } from './previewEndpoint.js'

/** Endpoints mounted on the briefs collection (`/api/<briefs>/...`). */
export const briefEndpoints = (options: ResolvedPromptKitOptions): Endpoint[] => [
  importBriefEndpoint(options),
  generateEndpoint(options, 'brief'),
  previewEndpoint(options),
]
