// One app tree for the server render (in a worker) and the hydration (in the page).
import { createElement as h } from 'react'
import { Gate, SekishoProvider, useConsent, useSekisho } from '../src/index.ts'
import { CONFIG } from './config.ts'

function Status() {
  const analytics = useConsent('analytics')
  const api = useSekisho()
  return h('p', { id: 'status' }, `analytics ${analytics ? 'on' : 'off'}, api ${api ? 'ready' : 'not yet'}`)
}

/** `granted`: what the server read from the request's consent cookie (the provider's prop). */
export const App = ({ granted }: { granted?: string[] }) =>
  h(
    SekishoProvider,
    { config: CONFIG, granted },
    h(Status),
    h(Gate, { service: 'youtube' }, h('iframe', { title: 'How to use' })),
  )

/** A returning visitor's grants (functional, so YouTube; not analytics), as the server reads them. */
export const RETURNING = ['necessary', 'functional', 'youtube']
