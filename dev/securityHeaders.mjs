/**
 * Security headers for the dev app's pages, the admin and the API (`headers()` in next.config.mjs);
 * hosts can copy this. The policy is what the Payload admin and the public site work under with no
 * CDN: Next.js inlines its bootstrap scripts and the admin its styles (so no nonce-free 'strict'
 * script policy), Monaco runs workers from blob: URLs, uploads preview as blob:/data: images.
 * `next dev` also needs eval (React Refresh) and a websocket (HMR).
 */
export const contentSecurityPolicy = ({ dev = false } = {}) =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')

export const securityHeaders = ({ dev = false } = {}) => [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev }) },
  // For browsers that predate frame-ancestors.
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]
