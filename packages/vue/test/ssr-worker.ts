// A server render without a server: a worker has neither `document` nor `window`, so any touch of
// them while rendering throws, as on Node. Posts the HTML without and with the server's `granted`.
import './vue-globals.ts'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { sekisho } from '../src/index.ts'
import { Page, SITE } from './site.ts'

const render = (granted?: string[]) => renderToString(createSSRApp(Page).use(sekisho, { config: SITE, granted }))
Promise.all([render(), render(['necessary', 'functional', 'youtube'])]).then(
  ([html, returning]) => postMessage({ html, returning }),
  (err) => postMessage({ error: String(err) }),
)
