// A complete, valid receipt for tests (client and collector); not part of the public entry.
import type { Receipt } from './receipt.ts'

export const sampleReceipt = (): Receipt => ({
  id: 'r_01HXYZABCDEF',
  schema: 'sekisho-receipt/1',
  timestamp: '2024-05-01T09:30:00.000Z',
  site: 'https://www.example.jp',
  subject: 'subj_0123456789',
  policy: { revision: '2024-05-01', url: 'https://www.example.jp/privacy', language: 'ja' },
  jurisdiction: 'JP',
  method: 'custom',
  purposes: [
    { id: 'necessary', granted: true },
    { id: 'analytics', granted: true },
    { id: 'advertising', granted: false },
  ],
  services: [{ id: 'google-analytics', granted: true }],
  signals: { gpc: false, consentMode: { analytics_storage: 'granted', ad_storage: 'denied' } },
  ui: { textHash: 'a'.repeat(64) },
  previous: null,
})
