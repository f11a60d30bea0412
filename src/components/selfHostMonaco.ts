/**
 * @monaco-editor/loader fetches Monaco from jsdelivr, and @payloadcms/ui bundles its own copy of
 * that loader, so `loader.config({ paths })` from our side never reaches it. Instead, rewrite the
 * loader's CDN script URL to a same-origin copy, then pin the AMD `vs` path it configures next.
 */
const CDN_VS = /^https:\/\/cdn\.jsdelivr\.net\/npm\/monaco-editor@[^/]+\/min\/vs(?=\/|$)/

const INSTALLED = Symbol.for('payload-prompt-kit.selfHostMonaco')

type AmdRequire = { config: (options: AmdOptions) => unknown }
type AmdOptions = { paths?: Record<string, unknown> } & Record<string, unknown>

const toLocal = (url: string, base: string) => url.replace(CDN_VS, base)

/** Wrap the AMD loader's `config` so a CDN `paths.vs` (set by the bundled loader) becomes local. */
const pinAmdPaths = (base: string) => {
  const amd = (window as unknown as { require?: AmdRequire }).require
  if (!amd || typeof amd.config !== 'function') return
  const config = amd.config.bind(amd)
  amd.config = (options) => {
    const paths = options?.paths
    if (!paths) return config(options)
    const local = Object.fromEntries(
      Object.entries(paths).map(([key, value]) => [key, typeof value === 'string' ? toLocal(value, base) : value]),
    )
    return config({ ...options, paths: local })
  }
}

/**
 * Serve Monaco from `vsPath` (a copy of `monaco-editor/min/vs`) instead of the CDN. Browser only,
 * installed once per page; must run before the first code or JSON field mounts.
 */
export const selfHostMonaco = (vsPath: string) => {
  if (typeof window === 'undefined') return
  const holder = window as unknown as Record<symbol, true>
  if (holder[INSTALLED]) return
  const descriptor = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')
  if (!descriptor?.get || !descriptor.set) return
  holder[INSTALLED] = true

  const base = new URL(vsPath, document.baseURI).href.replace(/\/+$/, '')
  const { get, set } = descriptor
  Object.defineProperty(HTMLScriptElement.prototype, 'src', {
    configurable: true,
    enumerable: descriptor.enumerable,
    get,
    set(this: HTMLScriptElement, value: unknown) {
      const url = String(value)
      const local = toLocal(url, base)
      // Listeners run in the order added; this one precedes the loader's own `onload`.
      if (local !== url && local.endsWith('/loader.js')) {
        this.addEventListener('load', () => pinAmdPaths(base), { once: true })
      }
      set.call(this, local === url ? value : local)
    },
  })
}
