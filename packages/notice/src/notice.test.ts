import { expect } from 'chai'
import { resolveConfig, type ResolvedConfig, type ServiceDefinition } from '@sekisho/core'
import { catalog } from '@sekisho/catalog'
import { buildNotice, countryName, mountNotice, renderNoticeHtml, renderNoticeMarkdown } from './index.ts'

// Catalog entries through core's resolveConfig (defaults filled in; validateConfig checks real configs).
function config(services: ServiceDefinition[], overrides: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return {
    ...resolveConfig({
      revision: '2026-11-01',
      controller: { name: '株式会社サンプル', contact: 'privacy@example.jp', policyUrl: '/privacy' },
      purposes: [
        { id: 'necessary', required: true, label: { ja: '必須', en: 'Necessary' } },
        {
          id: 'analytics',
          label: { ja: 'アクセス解析', en: 'Analytics' },
          description: { ja: '利用状況の把握', en: 'Usage' },
        },
        { id: 'advertising', label: { ja: '広告', en: 'Advertising' } },
        { id: 'affiliate', label: { ja: 'アフィリエイト', en: 'Affiliate' } },
        { id: 'functional', label: { ja: '機能', en: 'Functional' } },
        { id: 'personalization', label: { ja: 'パーソナライズ', en: 'Personalisation' } },
      ],
      services,
    }),
    ...overrides,
  }
}
const all = config(Object.values(catalog))
const HOSTILE = `<img src=x onerror="alert(1)">*[x](javascript:alert(1))*`

describe('buildNotice', () => {
  it('lists every declared service once, under its purpose, with every required item', () => {
    for (const lang of ['ja', 'en']) {
      const model = buildNotice(all, lang)
      const rows = model.groups.flatMap((g) => g.services)
      expect(rows.map((r) => r.id).sort()).to.deep.equal(Object.keys(catalog).sort())
      for (const group of model.groups) {
        for (const row of group.services) expect(catalog[row.id]!.purposes[0]).to.equal(group.purpose)
      }
      for (const row of rows) {
        for (const key of [
          'name',
          'recipient',
          'countryName',
          'sitePurpose',
          'recipientPurpose',
          'privacyPolicyUrl',
        ] as const) {
          expect(row[key], `${lang} ${row.id}.${key}`).to.be.a('string').and.not.equal('')
        }
        expect(row.data.length, row.id).to.equal(catalog[row.id]!.data.length)
      }
    }
  })

  it('localizes: Japanese and English texts and country names', () => {
    const ga = [config([catalog['google-analytics']!])].map((c) => [buildNotice(c, 'ja'), buildNotice(c, 'en')])[0]!
    expect(ga[0]!.title).to.equal('外部送信に関する公表事項')
    expect(ga[0]!.groups[0]!.label).to.equal('アクセス解析')
    expect(ga[0]!.groups[0]!.services[0]!.countryName).to.equal('アメリカ合衆国')
    expect(ga[1]!.groups[0]!.services[0]!.countryName).to.equal('United States')
    expect(ga[1]!.groups[0]!.services[0]!.data).to.include('IP address')
  })

  it('names, in ja and en, every country the catalog uses', () => {
    for (const country of new Set(Object.values(catalog).map((s) => s.country))) {
      for (const lang of ['ja', 'en']) expect(countryName(country, lang), `${country} ${lang}`).not.to.equal(country)
    }
  })

  it('names the usual countries as Intl.DisplayNames does, and any other through it', () => {
    for (const code of ['JP', 'US', 'SG', 'IE', 'FR', 'DE', 'NL', 'GB', 'MT', 'KR', 'CN'])
      for (const lang of ['ja', 'en'])
        expect(countryName(code, lang), `${code} ${lang}`).to.equal(
          new Intl.DisplayNames([lang], { type: 'region' }).of(code),
        )
    expect(countryName('BR', 'ja')).to.equal('ブラジル')
    expect(countryName('US', 'fr')).to.equal('États-Unis')
  })

  it('labels purposes without config wording with the built-in ja/en text of core', () => {
    const model = buildNotice(config([catalog.hotjar!], { purposes: [{ id: 'analytics' }] }), 'ja')
    expect(model.groups[0]!.label).to.be.a('string').and.not.equal('analytics')
    expect(model.groups[0]!.description).not.to.equal('')
  })

  it('leaves out purposes without services and keeps services of undeclared purposes', () => {
    const odd: ServiceDefinition = { ...catalog.criteo!, id: 'odd', purposes: ['research'] }
    const model = buildNotice(config([catalog.hotjar!, odd]), 'en')
    expect(model.groups.map((g) => g.purpose)).to.deep.equal(['analytics', 'research'])
  })
})

describe('renderNoticeHtml', () => {
  it('shows every service with all the Act’s items, recipient with service name, and opt-out or its absence', () => {
    const model = buildNotice(all, 'ja')
    const html = renderNoticeHtml(model)
    const doc = new DOMParser().parseFromString(html, 'text/html')
    const articles = [...doc.querySelectorAll('article.service')]
    expect(articles.length).to.equal(Object.keys(catalog).length)
    expect(doc.querySelector('h4')?.textContent).to.match(/（.+）$/)
    expect(html).to.contain('Google LLC（Google Analytics）')
    for (const row of model.groups.flatMap((g) => g.services)) {
      // By its heading, recipient（service）: another service's text may name this one (LY's tracking
      // tag speaks of Yahoo!広告).
      const article = articles.find((a) => a.querySelector('h4')!.textContent === `${row.recipient}（${row.name}）`)!
      expect(article, row.id).to.be.ok
      const text = article.textContent!
      for (const part of [
        ...row.data,
        row.sitePurpose,
        row.recipientPurpose,
        row.countryName,
        model.labels.recipientPurpose,
      ]) {
        expect(text, row.id).to.contain(part)
      }
      const hrefs = [...article.querySelectorAll('a')].map((a) => a.getAttribute('href'))
      expect(hrefs, row.id).to.include(row.privacyPolicyUrl)
      if (row.optOutUrl) expect(hrefs, row.id).to.include(row.optOutUrl)
      else expect(text, row.id).to.contain(model.labels.noOptOut)
    }
  })

  it('escapes hostile strings from the config and drops javascript: and other-site links', () => {
    const hostile: ServiceDefinition = {
      ...catalog['meta-pixel']!,
      name: HOSTILE,
      recipient: HOSTILE,
      data: [HOSTILE, 'x'],
      sitePurpose: HOSTILE,
      privacyPolicyUrl: 'javascript:alert(1)',
      optOutUrl: '" onmouseover="alert(1)',
    }
    const model = buildNotice(
      // `/\\host` looks like a path but a browser follows it to another site.
      config([hostile], { controller: { name: HOSTILE, policyUrl: '/\\evil.example/policy' } }),
      'en',
    )
    const html = renderNoticeHtml(model)
    const doc = new DOMParser().parseFromString(html, 'text/html')
    expect(doc.querySelector('img')).to.equal(null)
    expect(doc.querySelectorAll('[onerror], [onmouseover]').length).to.equal(0)
    // Only the notice's own source link (the PPC's country surveys) is left.
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://www.ppc.go.jp/personalinfo/legal/kaiseihogohou/#gaikoku',
    ])
    expect(doc.body.textContent).to.contain(HOSTILE)
  })

  it('writes each of & < > " and \' as its entity, in text and in attributes', () => {
    const odd = `a&b<c>d"e'f`
    const html = renderNoticeHtml(
      buildNotice(config([{ ...catalog.hotjar!, data: [odd], privacyPolicyUrl: `/p?q=${odd}` }]), 'en'),
    )
    const entities = 'a&amp;b&lt;c&gt;d&quot;e&#39;f'
    expect(html).to.contain(`<li>${entities}</li>`).and.to.contain(`href="/p?q=${entities}"`)
  })
})

describe('renderNoticeMarkdown', () => {
  it('shows every service with all the items', () => {
    const model = buildNotice(all, 'en')
    const md = renderNoticeMarkdown(model)
    expect(md.startsWith('# Information sent to third parties\n')).to.equal(true)
    expect(md.match(/^### /gm)!.length).to.equal(Object.keys(catalog).length)
    expect(md).to.contain('### Google LLC (Google Analytics)')
    for (const row of model.groups.flatMap((g) => g.services)) {
      expect(md).to.contain(`](<${row.privacyPolicyUrl}>)`)
      if (row.optOutUrl) expect(md).to.contain(`](<${row.optOutUrl}>)`)
    }
    expect(md.match(new RegExp(`\\*\\*${model.labels.sitePurpose}\\*\\*`, 'g'))!.length).to.equal(
      Object.keys(catalog).length,
    )
    expect(md).to.contain(model.labels.noOptOut)
  })

  it('escapes hostile strings so they stay text', () => {
    const hostile: ServiceDefinition = {
      ...catalog.hotjar!,
      recipient: HOSTILE,
      data: ['# heading\n- item', '1. one'],
      privacyPolicyUrl: 'javascript:alert(1)',
    }
    const md = renderNoticeMarkdown(buildNotice(config([hostile]), 'en'))
    expect(md).not.to.contain('<img')
    // Every unescaped `](` opens one of our own links (http(s) or site path).
    expect(md).not.to.match(/(?<!\\)\]\((?!<(?:https?:|\/))/)
    expect(md).to.contain('\\*\\[x\\](javascript:alert(1))\\*')
    expect(md).to.contain('\\# heading - item')
    expect(md).not.to.match(/^- item/m)
  })

  it('escapes each block marker a config string could start with, after spaces or several digits too', () => {
    const data = ['a\r\n\r\nb', '12. twelve', '  - dash', '+ plus', '= under', '3) three', 'x - y', 'a<b&"']
    const md = renderNoticeMarkdown(buildNotice(config([{ ...catalog.hotjar!, data }]), 'en'))
    expect(md).to.contain(
      '- **Information sent**: a b, 12\\. twelve,   \\- dash, \\+ plus, \\= under, 3\\) three, x - y, a&lt;b&amp;&quot;\n',
    )
  })
})

describe('mountNotice', () => {
  it('renders into an open shadow root with an adopted stylesheet and no inline styles', () => {
    const host = document.createElement('div')
    host.setAttribute('data-sekisho-notice', '')
    document.body.append(host)
    try {
      mountNotice(host, buildNotice(config([catalog['google-analytics']!, catalog.a8net!]), 'ja'))
      const root = host.shadowRoot!
      expect(root).to.be.ok
      expect(host.childNodes.length).to.equal(0)
      expect(root.querySelector('h2')!.textContent).to.equal('外部送信に関する公表事項')
      expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal([
        'アクセス解析',
        'アフィリエイト',
        '外国にある第三者への提供',
      ])
      expect(root.querySelectorAll('[style], style, script').length).to.equal(0)
      expect(root.adoptedStyleSheets.length).to.equal(1)
      // The stylesheet applies: dl is laid out as a grid.
      expect(getComputedStyle(root.querySelector('dl')!).display).to.equal('grid')
      // A second mount replaces the content and does not stack sheets.
      mountNotice(host, buildNotice(config([catalog.hotjar!]), 'en'))
      expect(root.querySelectorAll('article').length).to.equal(1)
      expect(root.adoptedStyleSheets.length).to.equal(1)
      expect(root.querySelector('h4')!.textContent).to.equal('Hotjar Ltd. (Hotjar)')
    } finally {
      host.remove()
    }
  })
})
