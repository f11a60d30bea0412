import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Payload picks each error's log level by its class name (`loggingLevels`: Forbidden, NotFound … at
  // info); minified server code renames the classes, and every client mistake would log as an ERROR
  // with a stack. Server bundles are not sent to browsers, so size matters little here.
  experimental: { serverMinification: false },
  // Every route: the public site, the admin and the API.
  headers: async () => [{ headers: securityHeaders({ dev: process.env.NODE_ENV !== 'production' }), source: '/:path*' }],
  // Only for `--webpack`: resolve our ESM `.js` import suffixes to the `.ts` sources (Turbopack does this itself).
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
