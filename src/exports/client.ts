export { MonacoSelfHost } from '../components/MonacoSelfHost.js'
export type { MonacoSelfHostProps } from '../components/MonacoSelfHost.js'
