// Configs shared by the core tests.
import type { SekishoConfig, ServiceDefinition } from '../src/index.ts'

export const pixel: ServiceDefinition = {
  id: 'my-pixel',
  purposes: ['advertising'],
  name: 'Example Pixel',
  recipient: 'Example Ads Inc.',
  country: 'US',
  data: ['cookie id', 'page URL'],
  sitePurpose: 'to measure our ads',
  recipientPurpose: 'to report conversions to advertisers',
  hosts: ['px.example.com', 'cdn.example.com/pixel.js?id='],
  cookies: ['_exa', '_exa_*'],
  privacyPolicyUrl: 'https://example.com/privacy',
}

export const analytics: ServiceDefinition = {
  ...pixel,
  id: 'stats',
  purposes: ['analytics'],
  name: { ja: '統計', en: 'Stats' },
  hosts: ['stats.example.net'],
}

export const catalog: Record<string, ServiceDefinition> = { stats: analytics }

/** A valid config; tests spread over it to break one thing at a time. */
export function baseConfig(): SekishoConfig {
  return {
    revision: '2026-11-01',
    controller: { name: '株式会社サンプル商事', policyUrl: '/privacy' },
    purposes: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'advertising' }, { id: 'affiliate' }],
    services: ['stats', structuredClone(pixel)],
  }
}
