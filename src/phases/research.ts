import { storedJsonPhase } from './storedJsonPhase.js'

export const researchHandler = storedJsonPhase('research', 'research')
