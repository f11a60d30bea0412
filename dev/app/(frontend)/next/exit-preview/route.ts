import { draftMode } from 'next/headers.js'

import { redirectTo } from '../redirectTo.js'

/** Leave draft mode and go back to the published site. */
export const GET = async () => {
  ;(await draftMode()).disable()
  return redirectTo('/')
}
