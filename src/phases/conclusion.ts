import { markdownPhase } from './markdownPhase.js'

export const conclusionHandler = markdownPhase('conclusion')
