/**
 * A 307 to a path on this site. Route handlers cannot use `redirect` from `next/navigation.js`
 * (that file is the client build, which Turbopack cannot bundle into a route); cookies set with
 * `draftMode()` are still added to this response.
 */
export const redirectTo = (path: string) => new Response(null, { headers: { Location: path }, status: 307 })
