import type { Endpoint } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { generateEndpoint } from './generateEndpoints.js'
import { pipelineEndpoint } from './pipelineEndpoint.js'
import { proposalEndpoints } from './proposalEndpoints.js'

/** Endpoints mounted on the article collection (the plugin's own or the host's). */
export const articleEndpoints = (options: ResolvedPromptKitOptions): Endpoint[] => [
  generateEndpoint(options, 'article'),
  pipelineEndpoint(options),
  ...proposalEndpoints(options),
]
