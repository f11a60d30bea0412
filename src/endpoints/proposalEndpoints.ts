import type { Endpoint } from 'payload'

import type { ResolvedPromptKitOptions } from '../types.js'

import { collectionAllows } from '../access/canGenerate.js'
import { proposalsOf } from '../pipeline/proposals.js'
import { acceptProposal, NoProposalError, rejectProposal } from '../pipeline/reviewProposal.js'
import { defineEndpoint, HttpError } from './defineEndpoint.js'
import { readAsUser } from './readAsUser.js'
import { bodyLimitOf } from './requestBody.js'

const review = (options: ResolvedPromptKitOptions, action: 'accept' | 'reject') =>
  defineEndpoint({
    handler: async ({ params, req }) => {
      const collection = options.articles.collection
      const doc = await readAsUser(req, { collection, field: 'id', id: params.id, label: 'article' })
      if (!(await collectionAllows(req, collection, 'update', doc.id))) {
        throw new HttpError(403, `You are not allowed to update article "${String(doc.id)}".`, 'id')
      }
      const phase = params.phase ?? ''
      try {
        const args = { articleId: doc.id, phase, req }
        const article = action === 'accept' ? await acceptProposal(req.payload, args) : await rejectProposal(req.payload, args)
        return Response.json({ article: article.id, phase, proposals: proposalsOf(article), status: action === 'accept' ? 'accepted' : 'rejected' })
      } catch (err) {
        if (err instanceof NoProposalError) throw new HttpError(404, err.message, 'phase')
        throw err
      }
    },
    maxBodyBytes: bodyLimitOf(options),
    method: 'post',
    path: `/:id/proposals/:phase/${action}`,
  })

/** `POST /api/<articles>/:id/proposals/:phase/accept|reject`: review output kept back because a person edited the field. */
export const proposalEndpoints = (options: ResolvedPromptKitOptions): Endpoint[] => [review(options, 'accept'), review(options, 'reject')]
