import type { ImportMap } from 'payload'

// Types for the generated importMap.js, so strict TS without allowJs can import it.
export declare const importMap: ImportMap
