import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { catalog } from '@sekisho/catalog'
import { main } from '../main.ts'
import { capture, fixtureDir, INVALID, VALID } from './fixtures.ts'

const fixtures = fixtureDir()
after(() => rmSync(fixtures.dir, { recursive: true, force: true }))
const config = fixtures.write('site.json', VALID)

async function notice(...args: string[]) {
  const io = capture()
  const code = await main(['notice', '--config', config, ...args], io)
  return { code, ...io }
}

describe('sekisho notice', () => {
  it('renders HTML in the config’s first language by default, every service with its items, escaped', async () => {
    const { code, stdout, stderr } = await notice()
    assert.equal(code, 0, stderr)
    assert.match(stdout, /^<section class="sekisho-notice" lang="ja">/)
    assert.match(stdout, /外部送信に関する公表事項/)
    assert.match(stdout, /Google LLC（Google Analytics）/)
    assert.match(stdout, /株式会社ファンコミュニケーションズ（A8\.net）/)
    assert.match(stdout, /サンプル広告株式会社（My &lt;Pixel&gt;）/)
    assert.doesNotMatch(stdout, /<Pixel>/)
    assert.equal(stdout.match(/<article class="service">/g)?.length, 3)
    assert.equal(stdout.match(/<dt>当サイトの利用目的<\/dt>/g)?.length, 3)
    assert.equal(stdout.match(/<dt>送信先での利用目的<\/dt>/g)?.length, 3)
    assert.match(stdout, /送信先によるオプトアウトの手段の提供はありません/)
    // The catalog's unconfirmed facts go to stderr, so the notice on stdout stays clean.
    assert.match(stderr, /catalog facts about the services you use are unconfirmed/)
    assert.match(stderr, /^ {2}a8net\.cookies: /m)
    assert.doesNotMatch(stdout, /unconfirmed/)
  })

  it('renders Markdown in English', async () => {
    const { code, stdout } = await notice('--format', 'md', '--lang', 'en')
    assert.equal(code, 0)
    assert.match(stdout, /^# Information sent to third parties\n/)
    assert.match(stdout, /^### Google LLC \(Google Analytics\)$/m)
    assert.match(stdout, /^- \*\*Recipient’s country\*\*: United States \(US\)$/m)
    assert.equal(stdout.match(/^### /gm)?.length, 3)
  })

  it('writes the JSON model to --out', async () => {
    const out = join(fixtures.dir, 'notice.json')
    const { code, stdout } = await notice('--format', 'json', '--lang', 'en', '--out', out)
    assert.equal(code, 0)
    assert.equal(stdout, `wrote ${out}\n`)
    const model = JSON.parse(readFileSync(out, 'utf8'))
    assert.equal(model.lang, 'en')
    assert.deepEqual(
      model.groups.map((g: { purpose: string; services: { id: string }[] }) => [
        g.purpose,
        g.services.map((s) => s.id),
      ]),
      [
        ['analytics', ['google-analytics']],
        ['affiliate', ['a8net']],
        ['advertising', ['my-pixel']],
      ],
    )
  })

  it('exits 1 with the config errors for an invalid config', async () => {
    const io = capture()
    assert.equal(await main(['notice', '--config', fixtures.write('invalid.json', INVALID)], io), 1)
    assert.match(io.stderr, /^services\[1\][.:\s]/m)
    assert.equal(io.stdout, '')
  })

  it('exits 2 on a missing --config, an unknown format or a language the config lacks', async () => {
    for (const args of [
      ['notice'],
      ['notice', '--config', config, '--format', 'pdf'],
      ['notice', '--config', config, '--lang', 'fr'],
    ]) {
      const io = capture()
      assert.equal(await main(args, io), 2, args.join(' '))
      assert.match(io.stderr, /sekisho notice: /)
    }
  })
})

describe('sekisho notice --lang ja over the whole catalog', () => {
  it('labels no opt-out link as stopping transmission unless the catalog says it does, and points to the site’s settings', async () => {
    const { catalog } = await import('@sekisho/catalog')
    const all = fixtures.write(
      'all.json',
      JSON.stringify({
        revision: 'r1',
        controller: { name: 'Example' },
        purposes: ['necessary', 'analytics', 'advertising', 'affiliate', 'functional', 'personalization'].map((id) =>
          id == 'necessary' ? { id, required: true } : { id },
        ),
        services: Object.keys(catalog),
      }),
    )
    const io = capture()
    const code = await main(['notice', '--config', all, '--lang', 'ja'], io)
    assert.equal(code, 0, io.stderr)
    const links = [
      ...io.stdout.matchAll(/<dt>([^<]*)<\/dt><dd><a href="([^"]*)"[^>]*>[^<]*<\/a><\/dd><\/dl><\/article>/g),
    ]
    assert.ok(links.length >= 10, `opt-out links found: ${links.length}`)
    for (const [, label, href] of links) {
      const entry = Object.values(catalog).find((s) => s.optOutUrl == href!.replace(/&amp;/g, '&'))
      if (label!.includes('送信の停止') && !label!.includes('止まりません'))
        assert.equal(entry?.optOutKind, 'transmission', `${href} is labelled as stopping transmission`)
    }
    assert.match(io.stdout, /送信そのものを止めるには、このサイトの「Cookie設定」で目的をオフにしてください/)
    assert.match(io.stdout, /外国にある第三者への提供/)
  })
})

describe('sekisho notice over the whole catalog', () => {
  it('labels an opt-out as stopping transmission only where the recipient documents that it does', async () => {
    const services = Object.values(catalog)
    const purposes = [...new Set(services.flatMap((s) => s.purposes))]
    const file = fixtures.write('all.json', {
      ...VALID,
      purposes: [
        { id: 'necessary', required: true },
        ...purposes.filter((p) => p != 'necessary').map((id) => ({ id })),
      ],
      services: services.map((s) => s.id),
    })
    const io = capture()
    assert.equal(await main(['notice', '--config', file, '--lang', 'ja'], io), 0, io.stderr)
    // Each service's article, and whether its opt-out link claims to stop the transmission.
    const articles = io.stdout.split('<article class="service">').slice(1)
    assert.equal(articles.length, services.length)
    for (const service of services) {
      const name = typeof service.name == 'string' ? service.name : service.name.ja
      const article = articles.find((a) => a.includes(`（${name}）`))
      assert.ok(article, service.id)
      const claims = article.includes('オプトアウト（送信の停止）')
      assert.equal(claims, service.optOutKind == 'transmission', `${service.id}: optOutKind ${service.optOutKind}`)
      // A recipient that stops only its own use says so (Adobe Analytics: still sent, not processed).
      assert.equal(article.includes('オプトアウト（受信者による利用の停止'), service.optOutKind == 'use', service.id)
      // Every opt-out says which kind it is: none left with the bare label.
      if (service.optOutUrl) assert.ok(service.optOutKind, `${service.id} has an optOutUrl without optOutKind`)
    }
  })
})
