import type { FunctionComponent } from 'react'

import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

/** Static HTML of a (server) component, as a site would send it. */
export const render = <P extends object>(component: FunctionComponent<P>, props: P): string =>
  renderToStaticMarkup(createElement(component, props))

/** Every opening `<script` tag, in any case. */
export const scriptTags = (html: string): string[] => html.match(/<script\b/gi) ?? []
