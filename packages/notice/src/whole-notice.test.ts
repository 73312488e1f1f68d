// The whole notice of a small site, line by line in Markdown and tag by tag in HTML: what a privacy
// manager publishes, read against the Telecommunications Business Act's items (information sent,
// recipient, purposes) and the APPI Art. 28 items for recipients abroad. Long prose (the intro, the
// built-in purpose texts, each country's system) is taken from the model; its own tests check it.
import { expect } from 'chai'
import { resolveConfig, type SekishoConfig } from '@sekisho/core'
import { buildNotice, renderNoticeHtml, renderNoticeMarkdown } from './index.ts'

const site = resolveConfig({
  revision: 'r7',
  languages: ['ja', 'en'],
  controller: { name: 'Sample K.K.', contact: 'privacy@example.jp', policyUrl: '/privacy' },
  purposes: [
    { id: 'necessary', required: true },
    {
      id: 'analytics',
      label: { ja: '解析', en: 'Measurement' },
      description: { ja: '利用状況を知るため', en: 'To learn how the site is used' },
    },
    { id: 'advertising' },
  ],
  services: [
    // Named as its recipient, necessary, no retention and no opt-out.
    {
      id: 'chat',
      purposes: ['necessary'],
      hosts: [],
      name: 'Example Chat',
      recipient: 'Example Chat',
      country: 'JP',
      data: [{ ja: '閲覧ページのURL', en: 'URL of the page viewed' }],
      sitePurpose: { ja: 'お問い合わせ対応', en: 'Answering enquiries' },
      recipientPurpose: { ja: 'チャットの提供', en: 'Providing the chat' },
      privacyPolicyUrl: 'https://chat.example/privacy',
      necessaryReason: { ja: 'チャットを開くため', en: 'To open the chat' },
    },
    {
      id: 'stats',
      purposes: ['analytics'],
      hosts: [],
      name: 'Stats',
      recipient: 'Stats Inc.',
      country: 'US',
      data: ['Cookie ID', { ja: '参照元', en: 'Referrer' }],
      sitePurpose: { ja: 'アクセス数の計測', en: 'Counting visits' },
      recipientPurpose: { ja: 'サービス改善', en: 'Improving its service' },
      privacyPolicyUrl: 'https://stats.example/privacy',
      retention: { ja: '14か月', en: '14 months' },
      optOutUrl: 'https://stats.example/opt out',
      optOutKind: 'transmission',
      recipientMeasures: { ja: '暗号化', en: 'Encryption' },
    },
    // Listed under its first declared purpose; the same recipient abroad as stats (one line there).
    {
      id: 'ads',
      purposes: ['partner', 'advertising'],
      hosts: [],
      name: 'Ads',
      recipient: 'Stats Inc.',
      country: 'US',
      data: ['IP'],
      sitePurpose: 'ads',
      recipientPurpose: 'ads',
      privacyPolicyUrl: 'javascript:alert(1)',
    },
    // Under a purpose the config does not declare: a group of its own, named by the id.
    {
      id: 'lab',
      purposes: ['research'],
      hosts: [],
      name: 'Lab',
      recipient: 'Lab GmbH',
      country: 'DE',
      data: ['x'],
      sitePurpose: 's',
      recipientPurpose: 'r',
      privacyPolicyUrl: '/lab-policy',
      optOutUrl: 'https://lab.example/out',
      optOutKind: 'personalisation',
    },
  ],
} as unknown as SekishoConfig)

describe('the whole notice of a small site', () => {
  it('builds the groups in the config’s order, each service under its first declared purpose', () => {
    const model = buildNotice(site, 'en')
    expect(model.groups.map((g) => [g.purpose, g.label, g.required, g.services.map((s) => s.id)])).to.deep.equal([
      ['necessary', 'Strictly necessary', true, ['chat']],
      ['analytics', 'Measurement', false, ['stats']],
      ['advertising', 'Advertising', false, ['ads']],
      ['research', 'research', false, ['lab']],
    ])
    expect(model.groups[3]!.description).to.equal('')
    expect(model.intro).to.contain('Sample K.K.').and.to.contain('r7')
    expect(buildNotice(site, 'ja').intro).to.contain('Sample K.K.').and.to.contain('r7')
    expect(model.foreign.map((f) => [f.country, f.recipients])).to.deep.equal([
      ['US', [{ recipient: 'Stats Inc.', measures: 'Encryption', privacyPolicyUrl: 'https://stats.example/privacy' }]],
      ['DE', [{ recipient: 'Lab GmbH', measures: '', privacyPolicyUrl: '/lab-policy' }]],
    ])
  })

  it('falls back to the config’s languages, then ja, for a language it has no text in', () => {
    const model = buildNotice(site, 'fr')
    const chat = model.groups[0]!.services[0]!
    expect([chat.data, chat.sitePurpose, model.groups[1]!.label]).to.deep.equal([
      ['閲覧ページのURL'],
      'お問い合わせ対応',
      '解析',
    ])
    const english = buildNotice({ ...site, languages: ['en'] }, 'fr').groups[0]!.services[0]!
    expect(english.sitePurpose).to.equal('Answering enquiries')
  })

  it('in Markdown (en), every item of every service in order', () => {
    const model = buildNotice(site, 'en')
    const [necessary, , advertising] = model.groups
    const [us, de] = model.foreign
    const policy = 'https://www.ppc.go.jp/personalinfo/legal/kaiseihogohou/#gaikoku'
    expect(renderNoticeMarkdown(model).split('\n')).to.deep.equal([
      '# Information sent to third parties',
      '',
      model.intro,
      '',
      model.settings,
      '',
      'Sample K.K. · privacy@example.jp · [Privacy policy](</privacy>)',
      '',
      '## Strictly necessary',
      '',
      necessary!.description,
      '',
      '### Example Chat',
      '',
      '- **Information sent**: URL of the page viewed',
      '- **Recipient**: Example Chat',
      '- **Recipient’s country**: Japan (JP)',
      '- **Our purpose**: Answering enquiries',
      '- **Recipient’s purpose**: Providing the chat',
      '- **Privacy policy**: [Privacy policy: Example Chat](<https://chat.example/privacy>)',
      '- **Why it is necessary**: To open the chat',
      '- **Recipient’s opt-out**: The recipient offers no opt-out',
      '',
      '## Measurement',
      '',
      'To learn how the site is used',
      '',
      '### Stats Inc. (Stats)',
      '',
      '- **Information sent**: Cookie ID, Referrer',
      '- **Recipient**: Stats Inc. (Stats)',
      '- **Recipient’s country**: United States (US)',
      '- **Our purpose**: Counting visits',
      '- **Recipient’s purpose**: Improving its service',
      '- **Retention**: 14 months',
      '- **Privacy policy**: [Privacy policy: Stats Inc.](<https://stats.example/privacy>)',
      '- **Opt-out (stops the transmission)**: [Opt-out (stops the transmission): Stats](<https://stats.example/opt%20out>)',
      '',
      '## Advertising',
      '',
      advertising!.description,
      '',
      '### Stats Inc. (Ads)',
      '',
      '- **Information sent**: IP',
      '- **Recipient**: Stats Inc. (Ads)',
      '- **Recipient’s country**: United States (US)',
      '- **Our purpose**: ads',
      '- **Recipient’s purpose**: ads',
      // Not a link: only http(s) and the site's own paths are.
      '- **Privacy policy**: javascript:alert(1)',
      '- **Recipient’s opt-out**: The recipient offers no opt-out',
      '',
      '## research',
      '',
      '### Lab GmbH (Lab)',
      '',
      '- **Information sent**: x',
      '- **Recipient**: Lab GmbH (Lab)',
      '- **Recipient’s country**: Germany (DE)',
      '- **Our purpose**: s',
      '- **Recipient’s purpose**: r',
      '- **Privacy policy**: [Privacy policy: Lab GmbH](</lab-policy>)',
      '- **Opt-out (stops ad personalisation only; the transmission continues)**: [Opt-out (stops ad personalisation only; the transmission continues): Lab](<https://lab.example/out>)',
      '',
      '## Provision to third parties in foreign countries',
      '',
      model.foreignIntro,
      '',
      `- **United States (US)**: ${us!.system} [Source: Personal information protection system](<${policy}>)`,
      '  - Stats Inc.: Measures it takes to protect the information: Encryption',
      `- **Germany (DE)**: ${de!.system} [Source: Personal information protection system](<${policy}>)`,
      '  - Lab GmbH: Measures it takes to protect the information: [described in its privacy policy](</lab-policy>)',
      '',
    ])
  })

  it('in Markdown (ja), the same items with Japanese labels, lists and names', () => {
    const md = renderNoticeMarkdown(buildNotice(site, 'ja')).split('\n')
    for (const line of [
      '# 外部送信に関する公表事項',
      'Sample K.K. · privacy@example.jp · [プライバシーポリシー](</privacy>)',
      '## 必須',
      '### Example Chat',
      '- **送信先**: Example Chat',
      '- **プライバシーポリシー**: [Example Chatのプライバシーポリシー](<https://chat.example/privacy>)',
      '- **必須である理由**: チャットを開くため',
      '- **送信先のオプトアウト**: 送信先によるオプトアウトの手段の提供はありません',
      '## 解析',
      '### Stats Inc.（Stats）',
      '- **送信される情報**: Cookie ID、参照元',
      '- **送信先の国**: アメリカ合衆国 (US)',
      '- **保存期間**: 14か月',
      '- **オプトアウト（送信の停止）**: [Statsのオプトアウト（送信の停止）](<https://stats.example/opt%20out>)',
      '### Lab GmbH（Lab）',
      '- **送信先の国**: ドイツ (DE)',
      '## 外国にある第三者への提供',
      '  - Stats Inc.: 講じている個人情報保護の措置: 暗号化',
      '  - Lab GmbH: 講じている個人情報保護の措置: [プライバシーポリシーに記載されています](</lab-policy>)',
    ])
      expect(md, line).to.include(line)
  })

  it('in HTML (en), a section per purpose and a description list per service, every link safe', () => {
    const model = buildNotice(site, 'en')
    const [necessary, , advertising] = model.groups
    const [us, de] = model.foreign
    const a = (href: string, text: string) => `<a href="${href}" rel="noopener noreferrer">${text}</a>`
    const item = (term: string, value: string) => `<dt>${term}</dt><dd>${value}</dd>`
    const source = a(
      'https://www.ppc.go.jp/personalinfo/legal/kaiseihogohou/#gaikoku',
      'Source: Personal information protection system',
    )
    expect(renderNoticeHtml(model)).to.equal(
      [
        '<section class="sekisho-notice" lang="en">',
        '<h2>Information sent to third parties</h2>',
        `<p>${model.intro.replace("'", '&#39;')}</p>`,
        `<p class="settings">${model.settings}</p>`,
        `<p class="controller">Sample K.K. · privacy@example.jp · ${a('/privacy', 'Privacy policy')}</p>`,
        `<section class="purpose"><h3>Strictly necessary</h3><p>${necessary!.description}</p>`,
        '<article class="service"><h4>Example Chat</h4><dl>',
        item('Information sent', '<ul><li>URL of the page viewed</li></ul>'),
        item('Recipient', 'Example Chat'),
        item('Recipient’s country', 'Japan (JP)'),
        item('Our purpose', 'Answering enquiries'),
        item('Recipient’s purpose', 'Providing the chat'),
        item('Privacy policy', a('https://chat.example/privacy', 'Privacy policy: Example Chat')),
        item('Why it is necessary', 'To open the chat'),
        item('Recipient’s opt-out', 'The recipient offers no opt-out'),
        '</dl></article></section>',
        '<section class="purpose"><h3>Measurement</h3><p>To learn how the site is used</p>',
        '<article class="service"><h4>Stats Inc. (Stats)</h4><dl>',
        item('Information sent', '<ul><li>Cookie ID</li><li>Referrer</li></ul>'),
        item('Recipient', 'Stats Inc. (Stats)'),
        item('Recipient’s country', 'United States (US)'),
        item('Our purpose', 'Counting visits'),
        item('Recipient’s purpose', 'Improving its service'),
        item('Retention', '14 months'),
        item('Privacy policy', a('https://stats.example/privacy', 'Privacy policy: Stats Inc.')),
        item(
          'Opt-out (stops the transmission)',
          a('https://stats.example/opt out', 'Opt-out (stops the transmission): Stats'),
        ),
        '</dl></article></section>',
        `<section class="purpose"><h3>Advertising</h3><p>${advertising!.description}</p>`,
        '<article class="service"><h4>Stats Inc. (Ads)</h4><dl>',
        item('Information sent', '<ul><li>IP</li></ul>'),
        item('Recipient', 'Stats Inc. (Ads)'),
        item('Recipient’s country', 'United States (US)'),
        item('Our purpose', 'ads'),
        item('Recipient’s purpose', 'ads'),
        item('Privacy policy', 'javascript:alert(1)'),
        item('Recipient’s opt-out', 'The recipient offers no opt-out'),
        '</dl></article></section>',
        '<section class="purpose"><h3>research</h3>',
        '<article class="service"><h4>Lab GmbH (Lab)</h4><dl>',
        item('Information sent', '<ul><li>x</li></ul>'),
        item('Recipient', 'Lab GmbH (Lab)'),
        item('Recipient’s country', 'Germany (DE)'),
        item('Our purpose', 's'),
        item('Recipient’s purpose', 'r'),
        item('Privacy policy', a('/lab-policy', 'Privacy policy: Lab GmbH')),
        item(
          'Opt-out (stops ad personalisation only; the transmission continues)',
          a('https://lab.example/out', 'Opt-out (stops ad personalisation only; the transmission continues): Lab'),
        ),
        '</dl></article></section>',
        `<section class="foreign"><h3>Provision to third parties in foreign countries</h3><p>${model.foreignIntro}</p><dl>`,
        `<dt>United States (US)</dt><dd>${us!.system} ${source}<ul class="measures">`,
        '<li>Stats Inc.: Measures it takes to protect the information: Encryption</li></ul></dd>',
        `<dt>Germany (DE)</dt><dd>${de!.system} ${source}<ul class="measures">`,
        `<li>Lab GmbH: Measures it takes to protect the information: ${a('/lab-policy', 'described in its privacy policy')}</li></ul></dd>`,
        '</dl></section>',
        '</section>',
      ].join(''),
    )
  })

  it('a site with no recipient abroad, contact or policy: no foreign section and no empty separators', () => {
    const local = resolveConfig({
      revision: 'r1',
      controller: { name: 'Sample' },
      purposes: [{ id: 'research' }],
      ui: { text: { en: { reopen: 'Privacy choices' } } },
      services: [{ ...site.services[0]!, purposes: ['research'], necessaryReason: undefined }],
    } as unknown as SekishoConfig)
    const model = buildNotice(local, 'en')
    // A purpose with no label of its own nor a built-in one is named by its id.
    expect(model.groups.map((g) => g.label)).to.deep.equal(['research'])
    const keys = Object.keys(model.groups[0]!.services[0]!)
    for (const absent of ['necessaryReason', 'retention', 'optOutUrl']) expect(keys).not.to.include(absent)
    // The operator's name for the re-open control, in the language it was given in only.
    expect(model.settings).to.contain('Privacy choices')
    expect(buildNotice(local, 'ja').settings).not.to.contain('Privacy choices')
    expect(buildNotice({ ...local, ui: {} }, 'en').settings).to.equal(buildNotice(site, 'en').settings)
    const md = renderNoticeMarkdown(model).split('\n')
    expect(md[6]).to.equal('Sample')
    expect(md.filter((l) => l.startsWith('## '))).to.deep.equal(['## research'])
    const html = renderNoticeHtml(model)
    expect(html).to.contain('<p class="controller">Sample</p>')
    expect(html).not.to.contain('class="foreign"')
  })

  it('abroad: recipients of one country listed together, a recipient’s measures from any of its services', () => {
    const [chat, stats, ads] = site.services
    const abroad = {
      ...site,
      // ads before stats and after it: the measures only stats gives reach Stats Inc.'s line and stay.
      services: [
        ads!,
        stats!,
        { ...ads!, id: 'ads-2' },
        { ...chat!, id: 'chat-us', recipient: 'Chat Corp', country: 'US' },
      ],
    }
    const en = buildNotice(abroad, 'en')
    expect(en.foreign[0]!.recipients.map((r) => [r.recipient, r.measures])).to.deep.equal([
      ['Stats Inc.', 'Encryption'],
      ['Chat Corp', ''],
    ])
    expect(renderNoticeHtml(en)).to.contain(
      '<li>Stats Inc.: Measures it takes to protect the information: Encryption</li><li>Chat Corp: ',
    )
    // Each country's system in the notice's language; none for a country without a summary.
    expect(en.foreign[0]!.system).to.contain('Federal Trade Commission')
    expect(buildNotice(abroad, 'ja').foreign[0]!.system).to.contain('連邦取引委員会')
    expect(buildNotice({ ...site, services: [{ ...chat!, country: 'AQ' }] }, 'en').foreign[0]!.system).to.equal('')
  })

  it('a text missing in the asked language comes from the config’s languages, then ja, then en', () => {
    const only = (text: Record<string, string>) =>
      buildNotice({ ...site, languages: ['de'], services: [{ ...site.services[0]!, sitePurpose: text }] }, 'fr')
        .groups[0]!.services[0]!.sitePurpose
    expect(only({ de: 'Anfragen', ja: '問い合わせ', en: 'Enquiries' })).to.equal('Anfragen')
    expect(only({ ja: '問い合わせ', en: 'Enquiries' })).to.equal('問い合わせ')
    expect(only({ en: 'Enquiries' })).to.equal('Enquiries')
  })
})
