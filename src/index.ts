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
  SiteRevalidate,
} from './types.js'
export { validateKitPhases } from './kit/validateKit.js'
export type { KitPhaseInput, KitProblem } from './kit/validateKit.js'
export { briefVariables, extractVariables, renderTemplate } from './kit/variables.js'
export { outputKinds } from './kit/outputKinds.js'
export type { OutputKind, PhaseGroup } from './kit/outputKinds.js'
export { defaultKit } from './kit/defaultKit.js'
export { importPromptKitPage } from './importer/importPromptKitPage.js'
export { parsePromptKitPage } from './importer/parsePromptKitPage.js'
export type { ParsedPromptKitPage, ParseResult } from './importer/parsePromptKitPage.js'
export { PromptKitImportError } from './importer/importError.js'
export { slugify } from './fields/slugField.js'
export { getPromptKitOptions } from './pluginOptions.js'
export { generateArticle } from './generateArticle.js'
export type { GenerateArticleArgs, GenerateArticleResult } from './generateArticle.js'
export { generateTopicalMap } from './maps/generateTopicalMap.js'
export type { GenerateTopicalMapArgs, GenerateTopicalMapResult } from './maps/generateTopicalMap.js'
export { getMapProgress } from './maps/mapProgress.js'
export type { ArticleProgress, MapProgress } from './maps/mapProgress.js'
export type { ArticleForecast, BatchEntry, MapBatch, MapBudget, MapForecast, SkippedEntry } from './maps/types.js'
export { MAP_BATCHES_SLUG } from './collections/mapBatches.js'
export { countPromptTokens } from './pipeline/promptTokens.js'
export { runPendingPipelines } from './jobs/runPendingPipelines.js'
export type { RunPendingPipelinesArgs } from './jobs/runPendingPipelines.js'
export { runPipelineWorker } from './jobs/runPipelineWorker.js'
export type { PipelineWorkerArgs, PipelineWorkerResult, WorkerJobStatus } from './jobs/runPipelineWorker.js'
export { RUN_PIPELINE_TASK } from './jobs/runPipelineTask.js'
export type { RunPipelineTaskInput } from './jobs/runPipelineTask.js'
export { proposeBacklinks } from './backlinks/proposeBacklinks.js'
export type { BacklinksOutcome, CandidateOutcome, ProposeBacklinksArgs } from './backlinks/proposeBacklinks.js'
export { BACKLINKS_TASK } from './backlinks/backlinksTask.js'
export { getPipelineStatus } from './pipeline/status.js'
export type { PhaseStatusEntry, PipelineStatus } from './pipeline/status.js'
export { runPipeline } from './pipeline/runPipeline.js'
export type { PhaseResult, PipelineResult, RunPipelineArgs } from './pipeline/runPipeline.js'
export { longestChain, topologicalOrder } from './pipeline/dag.js'
export { collectionAllows, defaultCanGenerate } from './access/canGenerate.js'
export { generateBody } from './endpoints/generateInput.js'
export type { GenerateBody } from './endpoints/generateInput.js'
export { startGeneration } from './endpoints/startGeneration.js'
export type { StartedRun, StartGenerationArgs } from './endpoints/startGeneration.js'
export { SKIP_GENERATE_ON_SAVE } from './hooks/generateOnSaveHook.js'
export type { PipelineBudget, PipelineOptions } from './types.js'
export { runPublishChecks } from './gate/runPublishChecks.js'
export type {
  CheckResult,
  CheckSeverity,
  GateArticle,
  LinkTarget,
  PublishCheckContext,
  PublishCheckReport,
  ResolveLinks,
} from './gate/types.js'
export { PublishGateError } from './gate/PublishGateError.js'
export type { PublishGateFailure } from './gate/PublishGateError.js'
export { PublishOverrideForbiddenError } from './gate/override.js'
export { publishIfGatePasses } from './gate/publishIfGatePasses.js'
export type { PublishIfGatePassesResult } from './gate/publishIfGatePasses.js'
export { defaultIsGateAdmin } from './gate/isAdmin.js'
export type { GateUser, IsGateAdmin } from './gate/isAdmin.js'
export { getArticleMetadata } from './frontend/getArticleMetadata.js'
export type { ArticleMetadata, GetArticleMetadataOptions, MetadataArticleInput } from './frontend/getArticleMetadata.js'
export { buildArticleJsonLd, truncateHeadline } from './frontend/buildArticleJsonLd.js'
export type {
  ArticleJsonLd as ArticleJsonLdGraph,
  BuildArticleJsonLdOptions,
  JsonLdArticleInput,
} from './frontend/buildArticleJsonLd.js'
export { serializeJsonLd } from './frontend/serializeJsonLd.js'
export * from './exports/site.js'
export { defaultArticlePath } from './frontend/articlePath.js'
export type { ArticlePath } from './frontend/articlePath.js'
export { answerParagraphs, faqItems } from './frontend/faqItems.js'
export type { FaqItem, FaqRow } from './frontend/faqItems.js'
export { publishedInternalLinks } from './frontend/internalLinks.js'
export type { InternalLinkRow, RenderableLink } from './frontend/internalLinks.js'
export { linkFate, pageTargetState, renderedTarget } from './frontend/linkRule.js'
export type { LinkFate, LinkSource, LinkTargetState } from './frontend/linkRule.js'
export { headingTexts, placementKey, placeUnderHeadings, renderOncePerHeading } from './frontend/placement.js'
export type { Placed } from './frontend/placement.js'
export { safeHref } from './frontend/safeHref.js'
export { eeatItemProblems, isPublishableEeatItem, publishableEeat } from './frontend/publishableEeat.js'
export type { EeatProblem, EeatRow } from './frontend/publishableEeat.js'
export { previewGeneration, missingOutputPlaceholder } from './pipeline/preview.js'
export type { GenerationPreview, PhasePreview } from './pipeline/preview.js'
export { acceptProposal, NoProposalError, rejectProposal } from './pipeline/reviewProposal.js'
export type { Proposal } from './pipeline/proposals.js'
export { PIPELINE_WRITE } from './pipeline/pipelineWrite.js'
export { withGraphQLJsonCheck } from './endpoints/graphqlJsonCheck.js'
export { withGraphQLGuards, withMethodOverrideGuard } from './endpoints/apiRouteGuards.js'
export type { RouteConfig, RouteHandler } from './endpoints/apiRouteGuards.js'
export { versionRoutesWithoutVersions, withoutVersionRoutes } from './endpoints/versionRoutes.js'
