// The test site (a blog with a YouTube embed and analytics) and the app both the "server" (a worker)
// and the page render: a status line and a gated embed.
import { defineComponent, h } from 'vue'
import { SekishoGate, useConsent, useSekisho, type SekishoConfig } from '../src/index.ts'

export const SITE: SekishoConfig = {
  revision: 'v1',
  controller: { name: 'Example Blog', contact: 'privacy@example.org', policyUrl: '/privacy' },
  languages: ['en'],
  purposes: [{ id: 'necessary', required: true }, { id: 'functional' }, { id: 'analytics' }],
  services: ['youtube', 'google-analytics'],
}

export const Page = defineComponent(() => {
  const analytics = useConsent('analytics')
  const api = useSekisho()
  return () =>
    h('main', [
      h('p', { id: 'status' }, `analytics ${analytics.value ? 'on' : 'off'}, api ${api.value ? 'ready' : 'not yet'}`),
      h(SekishoGate, { service: 'youtube' }, () => h('iframe', { title: 'Talk' })),
    ])
})
