import { expect } from 'chai'
import { resolveConfig, type ServiceDefinition } from '@sekisho/core'
import { catalog } from '@sekisho/catalog'
import { buildNotice, renderNoticeHtml, renderNoticeMarkdown } from './index.ts'

// What the notice tells about stopping transmission, necessity and foreign recipients.
// Any catalog entry, without its own opt-out kind: each test row states the kind it is about.
const { optOutKind: _kind, ...base } = Object.values(catalog)[0]!
const service = (id: string, extra: Partial<ServiceDefinition>): ServiceDefinition => ({
  ...base,
  id,
  name: id,
  optOutUrl: `https://example.com/${id}/opt-out`,
  ...extra,
})
const config = (services: ServiceDefinition[]) =>
  resolveConfig({
    revision: 'r1',
    controller: { name: 'Example' },
    purposes: [{ id: 'necessary', required: true }, ...base.purposes.map((id) => ({ id }))],
    services,
  })

describe('notice: opt-outs, necessity and foreign recipients', () => {
  const services = [
    service('stops', { optOutKind: 'transmission' }),
    service('ads-only', { optOutKind: 'personalisation' }),
    service('unsaid', {}),
  ]

  it('labels each opt-out by what it stops, and only a transmission opt-out as stopping transmission', () => {
    const rows = buildNotice(config(services), 'ja').groups.flatMap((g) => g.services)
    expect(rows.map((r) => r.optOutLabel)).to.deep.equal([
      'オプトアウト（送信の停止）',
      'オプトアウト（広告のパーソナライズの停止。送信は止まりません）',
      '送信先のオプトアウト',
    ])
    const html = renderNoticeHtml(buildNotice(config(services), 'en'))
    // One row: its label and its link text.
    expect(html.match(/\(stops the transmission\)/g)).to.have.length(2)
    expect(html).to.contain('<a href="https://example.com/stops/opt-out"')
  })

  it("always points to the site's own Cookie settings as the way to stop the transmission", () => {
    const ja = buildNotice(config(services), 'ja')
    expect(ja.settings).to.contain('このサイトの「Cookie設定」で目的をオフ')
    expect(renderNoticeHtml(ja)).to.contain(ja.settings)
    expect(renderNoticeMarkdown(buildNotice(config(services), 'en'))).to.contain('this site’s “Cookie settings”')
    const own = resolveConfig({ ...config(services), ui: { text: { ja: { reopen: 'プライバシー設定' } } } } as never)
    expect(buildNotice(own, 'ja').settings).to.contain('「プライバシー設定」')
  })

  it('describes every configured purpose, the required one too, even without services', () => {
    const model = buildNotice(config(services), 'ja')
    expect(model.groups.map((g) => g.purpose)).not.to.include('necessary')
    expect(model.descriptions.necessary).to.contain('サイトが動くために欠かせない')
  })

  it('says why a necessary service is necessary', () => {
    const c = config([
      service('tag-manager', {
        purposes: ['necessary'],
        necessaryReason: { ja: 'サイトのタグを配信するため', en: 'It delivers the site’s tags' },
      }),
    ])
    expect(renderNoticeHtml(buildNotice(c, 'ja'))).to.contain(
      '<dt>必須である理由</dt><dd>サイトのタグを配信するため</dd>',
    )
    expect(renderNoticeMarkdown(buildNotice(c, 'en'))).to.contain(
      '- **Why it is necessary**: It delivers the site’s tags',
    )
  })

  it('gives the APPI Art. 28 items, with a sourced paragraph, for every foreign country the catalog uses', () => {
    const countries = [...new Set(Object.values(catalog).map((s) => s.country))].filter((c) => c != 'JP')
    for (const lang of ['ja', 'en']) {
      const model = buildNotice(config(Object.values(catalog)), lang)
      expect(model.foreign.map((f) => f.country).sort()).to.deep.equal(countries.sort())
      for (const f of model.foreign) {
        expect(f.system.length, `${lang} ${f.country}`).to.be.greaterThan(40)
        expect(f.source).to.match(/^https:\/\/www\.ppc\.go\.jp\//)
      }
      expect(renderNoticeHtml(model)).to.contain(model.foreignIntro)
    }
    expect(buildNotice(config([service('domestic', { country: 'JP' })]), 'ja').foreign).to.deep.equal([])
  })

  it("gives each foreign recipient's own measures once, or points to the policy that describes them", () => {
    const measured = service('certified', {
      country: 'US',
      recipient: 'Certified Inc.',
      privacyPolicyUrl: 'https://certified.example/privacy',
      recipientMeasures: {
        ja: 'データプライバシーフレームワークに参加しています',
        en: 'It takes part in the Data Privacy Framework',
      },
    })
    const plain = service('plain', {
      country: 'US',
      recipient: 'Plain LLC',
      privacyPolicyUrl: 'https://plain.example/privacy',
    })
    const sameCompany = { ...measured, id: 'certified-2', recipientMeasures: undefined }
    const model = buildNotice(config([measured, plain, sameCompany]), 'ja')
    expect(model.foreign).to.have.length(1)
    expect(model.foreign[0]!.recipients).to.deep.equal([
      {
        recipient: 'Certified Inc.',
        measures: 'データプライバシーフレームワークに参加しています',
        privacyPolicyUrl: 'https://certified.example/privacy',
      },
      { recipient: 'Plain LLC', measures: '', privacyPolicyUrl: 'https://plain.example/privacy' },
    ])
    const html = renderNoticeHtml(model)
    expect(html).to.contain(
      '<li>Certified Inc.: 講じている個人情報保護の措置: データプライバシーフレームワークに参加しています</li>',
    )
    expect(html).to.contain(
      '<li>Plain LLC: 講じている個人情報保護の措置: <a href="https://plain.example/privacy" rel="noopener noreferrer">プライバシーポリシーに記載されています</a></li>',
    )
    const md = renderNoticeMarkdown(buildNotice(config([measured, plain]), 'en'))
    expect(md).to.contain(
      '  - Certified Inc.: Measures it takes to protect the information: It takes part in the Data Privacy Framework',
    )
    expect(md).to.contain(
      '  - Plain LLC: Measures it takes to protect the information: [described in its privacy policy](<https://plain.example/privacy>)',
    )
    // Every foreign recipient of the catalog gets a measures line.
    const all = buildNotice(config(Object.values(catalog)), 'ja')
    const recipients = new Set(
      Object.values(catalog)
        .filter((s) => s.country != 'JP')
        .map((s) => (s.recipient as { ja: string }).ja ?? s.recipient),
    )
    expect(all.foreign.flatMap((f) => f.recipients.map((r) => r.recipient)).sort()).to.deep.equal(
      [...recipients].sort(),
    )
  })
})
