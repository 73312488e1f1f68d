// A server render without a server: a worker has neither `document` nor `window`, so any touch of
// them while rendering throws, as on Node. Posts the HTML, or the error's message.
import { createElement as h } from 'react'
import { renderToString } from 'react-dom/server'
import { App, RETURNING } from './ssr-app.ts'

try {
  postMessage({ html: renderToString(h(App)), returning: renderToString(h(App, { granted: RETURNING })) })
} catch (err) {
  postMessage({ error: String(err) })
}
