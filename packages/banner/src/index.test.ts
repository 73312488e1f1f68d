import { expect } from 'chai'
import * as banner from './index.ts'
import { testConfig } from './testing/fixtures.ts'

describe('@sekisho/banner exports', () => {
  it('names exactly the public API', () => {
    expect(Object.keys(banner).sort()).to.deep.equal([
      'BANNER_TEXT',
      'bannerLanguage',
      'bannerText',
      'firstLayerText',
      'mountBanner',
      'mountReopen',
    ])
  })
  it('has the same keys in every built-in language', () => {
    expect(Object.keys(banner.BANNER_TEXT.ja!).sort()).to.deep.equal(Object.keys(banner.BANNER_TEXT.en!).sort())
  })
  it('adds a language with one object in config.ui.text, English filling gaps', () => {
    const config = {
      languages: ['ja', 'en', 'ko'],
      ui: { text: { ko: { title: '쿠키 안내', acceptAll: '모두 동의' } } },
    }
    document.documentElement.lang = 'ko'
    expect(banner.bannerLanguage(config)).to.equal('ko')
    const t = banner.bannerText(config, 'ko')
    expect([t.title, t.acceptAll, t.rejectAll]).to.deep.equal(['쿠키 안내', '모두 동의', 'Reject all'])
    expect(banner.bannerLanguage({ languages: ['ja', 'en', 'fr'] })).to.equal('ja')
    expect(banner.bannerLanguage(config, 'en')).to.equal('en')
  })
  it('types: usage compiles, misuse does not (checked by npm run typecheck)', () => {
    const usage = () =>
      banner
        .mountBanner({
          config: testConfig(),
          view: 'preferences',
          onDecision: (c) => void (c.method satisfies 'accept-all' | 'reject-all' | 'custom'),
          dialog: () => import('./dialog/index.ts'),
        })
        .show('first')
    // @ts-expect-error onDecision is required
    const noCallback = () => banner.mountBanner({ config: testConfig() })
    // @ts-expect-error view is 'first' or 'preferences'
    const badView = () => banner.mountBanner({ config: testConfig(), view: 'second', onDecision() {} })
    // @ts-expect-error onOpen is required
    const noOpen = () => banner.mountReopen({ lang: 'ja' })
    expect([usage, noCallback, badView, noOpen].every((f) => typeof f === 'function')).to.equal(true)
  })
})
