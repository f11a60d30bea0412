export { promptKitPlugin } from './plugin.js'
export { PromptKitConfigError, resolveOptions } from './defaults.js'
export type {
  CanGenerate,
  CollectionOverrides,
  LlmOptions,
  ModelPricing,
  PromptKitCollectionKey,
  PromptKitPluginOptions,
  ResolvedPromptKitOptions,
} from './types.js'
export { validateKitPhases } from './kit/validateKit.js'
export type { KitPhaseInput, KitProblem } from './kit/validateKit.js'
export { briefVariables, extractVariables, renderTemplate } from './kit/variables.js'
export { outputKinds } from './kit/outputKinds.js'
export type { OutputKind, PhaseGroup } from './kit/outputKinds.js'
export { defaultKit } from './kit/defaultKit.js'
export { importPromptKitPage } from './importer/importPromptKitPage.js'
export { parsePromptKitPage } from './importer/parsePromptKitPage.js'
export { slugify } from './fields/slugField.js'
export { getPromptKitOptions } from './pluginOptions.js'
