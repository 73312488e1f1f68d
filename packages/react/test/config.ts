// The test site's config: YouTube (functional) and Google Analytics (analytics), as a shop declares them.
import type { SekishoConfig } from '../src/index.ts'

export const CONFIG: SekishoConfig = {
  revision: 'r1',
  controller: { name: 'Example Shop', contact: 'privacy@example.com', policyUrl: '/privacy' },
  languages: ['en', 'ja'],
  purposes: [{ id: 'necessary', required: true }, { id: 'functional' }, { id: 'analytics' }],
  services: ['youtube', 'google-analytics'],
}

/** Forgets this origin's decision, so a test starts as a first visit. */
export const clearDecision = () => void (document.cookie = 'sekisho=; Max-Age=0; Path=/')
