// A server render without a server: a worker has neither `document` nor `window`, so any touch of
// them while rendering throws, as on Node. Posts the HTML, or the error's message.
import { createElement as h } from 'react'
import { renderToString } from 'react-dom/server'
import { App } from './ssr-app.ts'

try {
  postMessage({ html: renderToString(h(App)) })
} catch (err) {
  postMessage({ error: String(err) })
}
