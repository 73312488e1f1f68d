// The server entry, run by build.mjs in Node to pre-render index.html (no document, no window).
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { sekisho } from '@sekisho/vue'
import App from './App.vue'
import { config } from './config.ts'

export const render = () => renderToString(createSSRApp(App).use(sekisho, { config }))
