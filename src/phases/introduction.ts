import { markdownPhase } from './markdownPhase.js'

export const introductionHandler = markdownPhase('introduction')
