export { MonacoSelfHost } from '../components/MonacoSelfHost.js'
export type { MonacoSelfHostProps } from '../components/MonacoSelfHost.js'
export { PipelinePanel } from '../components/PipelinePanel.js'
