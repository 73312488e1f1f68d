import { expect } from 'chai'
import { DECISION_METHODS } from '@sekisho/core'
import { BANNER_TEXT } from '../index.ts'
import { button, mountForTest, testConfig, testNotice } from '../testing/fixtures.ts'
import { firstLayerText } from './first-layer-text.ts'

describe('firstLayerText', () => {
  const config = testConfig({
    purposes: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'affiliate' }],
  })

  it('names the configured purposes that need consent, not a fixed list', () => {
    expect(firstLayerText(config, 'ja').body[0]).to.contain('当サイトはアクセス解析・アフィリエイトのため')
    expect(firstLayerText(config, 'ja').body[0]).not.to.contain('広告')
    expect(firstLayerText(config, 'en').body[0]).to.contain('For Analytics and Affiliate we send')
  })

  it('says that consent can be withdrawn at any time, and where (GDPR Art. 7(3))', () => {
    expect(firstLayerText(config, 'ja').body[1]).to.equal('同意はいつでも「Cookie設定」から撤回できます。')
    expect(firstLayerText(config, 'en').body[1]).to.equal(
      'You can withdraw your consent at any time in “Cookie settings”.',
    )
  })

  it('says in one sentence what Global Privacy Control keeps off in accept-all, only when it does', () => {
    expect(firstLayerText(config, 'ja').body).to.have.length(2)
    const ja = firstLayerText(config, 'ja', { gpcWithheld: ['affiliate'] }).body
    expect(ja[2]).to.equal(
      'ブラウザーのGlobal Privacy Control（GPC）の設定に従い、「すべて同意」を選んでもアフィリエイトはオンになりません。',
    )
    expect(firstLayerText(config, 'en', { gpcWithheld: ['affiliate'] }).body[2]).to.equal(
      'As your browser sends Global Privacy Control (GPC), “Accept all” leaves Affiliate off.',
    )
  })

  it('uses no vague "等" in its own wording', () => {
    for (const lang of ['ja', 'en']) expect(firstLayerText(config, lang).body.join('')).not.to.match(/等|など|etc/)
  })

  it('the mounted first layer shows it, GPC sentence included', () => {
    const { banner, shadow } = mountForTest({ config, lang: 'ja', gpcWithheld: ['affiliate'] })
    try {
      const text = shadow.querySelector('[role=dialog]')!.textContent!
      expect(text).to.contain('アクセス解析・アフィリエイト')
      expect(text).to.contain('撤回できます')
      expect(text).to.contain('GPC')
      expect(button(shadow, 'すべて同意')).to.be.ok
    } finally {
      banner.unmount()
    }
  })
})

describe('banner strings', () => {
  it('translate every decision method shown in the history', () => {
    for (const m of DECISION_METHODS)
      for (const lang of ['ja', 'en']) expect(BANNER_TEXT[lang]!['m.' + m], `${lang} m.${m}`).to.be.a('string')
    expect(BANNER_TEXT.ja!['m.accept-all']).to.equal('すべて同意')
  })

  it('give every built-in language the same keys', () => {
    expect(Object.keys(BANNER_TEXT.ja!).sort()).to.deep.equal(Object.keys(BANNER_TEXT.en!).sort())
  })
})

describe('preferences dialog', () => {
  it('describes the required purpose even when no service sits under it', async () => {
    const notice = (lang: string) => ({
      ...testNotice(lang),
      groups: testNotice(lang).groups.filter((g) => g.services.length),
      descriptions: { necessary: 'サイトが動くために欠かせないものです。' },
    })
    const { banner, shadow } = mountForTest({ lang: 'ja', view: 'preferences', notice })
    try {
      const text = shadow.textContent!
      expect(text).to.contain('サイトが動くために欠かせない')
    } finally {
      banner.unmount()
    }
  })
})
