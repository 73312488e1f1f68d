// The stores on a "server": a worker has neither `document` nor `window`, so any touch of them throws.
import './process-env.ts'
import { get } from 'svelte/store'
import { consent, decision, initSekisho } from '../src/index.ts'

try {
  const api = initSekisho({ revision: 'v1', controller: { name: 'x' }, purposes: [], services: [] })
  postMessage({
    api: api === undefined,
    decision: get(decision()) ?? null,
    youtube: get(consent('youtube', ['necessary', 'youtube'])),
    analytics: get(consent('analytics')),
  })
} catch (err) {
  postMessage({ error: String(err) })
}
