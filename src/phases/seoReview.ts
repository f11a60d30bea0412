import { storedJsonPhase } from './storedJsonPhase.js'

export const seoReviewHandler = storedJsonPhase('seoReview', 'seoReview')
