import type { FunctionComponent, ReactNode } from 'react'

import { createElement, Fragment } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { prerenderToNodeStream } from 'react-dom/static'

/** Static HTML of a (server) component, as a site would send it. */
export const render = <P extends object>(component: FunctionComponent<P>, props: P): string =>
  renderToStaticMarkup(createElement(component, props))

/** Every opening `<script` tag, in any case. */
export const scriptTags = (html: string): string[] => html.match(/<script\b/gi) ?? []

/** Static HTML of an async server component (awaited the way React Server Components do). */
export const renderAsync = async <P extends object>(component: (props: P) => Promise<ReactNode>, props: P): Promise<string> =>
  renderToStaticMarkup(createElement(Fragment, null, await component(props)))

/** Static HTML of a page whose tree holds async server components anywhere (a whole article view). */
export const renderTree = async <P extends object>(component: FunctionComponent<P>, props: P): Promise<string> => {
  const { prelude } = await prerenderToNodeStream(createElement(component, props))
  let html = ''
  for await (const chunk of prelude) html += String(chunk)
  return html
}
