import { backlinkStrings } from './backlinkStrings.js'
import { gateStrings } from './gateStrings.js'
import { imageStrings } from './imageStrings.js'
import { mapStrings } from './mapStrings.js'
import { refineStrings } from './refineStrings.js'
import { reviewStrings } from './reviewStrings.js'

/**
 * The labels of each feature's own strings file, one object per language, so en.ts and de.ts spread
 * one object each (their own keys stay the collections' and fields' core labels).
 */
export const featureStrings = {
  de: { ...backlinkStrings.de, ...gateStrings.de, ...imageStrings.de, ...mapStrings.de, ...refineStrings.de, ...reviewStrings.de },
  en: { ...backlinkStrings.en, ...gateStrings.en, ...imageStrings.en, ...mapStrings.en, ...refineStrings.en, ...reviewStrings.en },
}
