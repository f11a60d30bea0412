import type { Endpoint } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { importBriefEndpoint } from './importBriefEndpoint.js'

/** Endpoints mounted on the briefs collection (`/api/<briefs>/...`). */
export const briefEndpoints = (options: ResolvedPromptKitOptions): Endpoint[] => [importBriefEndpoint(options)]
