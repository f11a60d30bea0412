import { markdownPhase } from './markdownPhase.js'

export const bodyHandler = markdownPhase('body')
