import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { appendFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openSqliteStore } from '@sekisho/collector'
import type { Receipt } from '@sekisho/receipts/schema'
import { main } from '../index.ts'
import { runProofSteps } from '../testing/proof-steps.ts'
import { capture, fixtureDir, VALID } from './fixtures.ts'

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const WORDING_JA = '当サイトはアクセス解析と広告のためにCookieを使います。「すべて許可」「すべて拒否」「設定」'
const WORDING_EN = 'We use cookies for analytics and ads. Accept all / Reject all / Settings'
const WORDING_LOST = 'A wording the collector never received'
const OLD_WORDING = 'The wording of the previous revision'

const receipt = (n: number, revision: string, ui: Receipt['ui'], language = 'ja', site = 'https://www.example.jp') => ({
  id: `r_proof_${String(n).padStart(6, '0')}`,
  schema: 'sekisho-receipt/1' as const,
  timestamp: new Date(Date.UTC(2026, 10, 2) + n * 60_000).toISOString(),
  site,
  subject: `subj_${String(n).padStart(6, '0')}`,
  policy: { revision, language },
  jurisdiction: 'JP',
  method: n % 2 ? ('accept-all' as const) : ('reject-all' as const),
  purposes: [{ id: 'analytics', granted: n % 2 === 1 }],
  services: [{ id: 'google-analytics', granted: n % 2 === 1 }],
  signals: { gpc: false },
  ui,
})

describe('sekisho proof', () => {
  const { dir, write } = fixtureDir()
  const db = join(dir, 'receipts.sqlite')
  const config = write('site.json', VALID)
  before(async () => {
    const store = openSqliteStore(db)
    const rev = VALID.revision
    await store.append(
      [
        receipt(1, rev, { textHash: sha256(WORDING_JA) }),
        receipt(2, rev, { textHash: sha256(WORDING_JA) }),
        receipt(3, rev, { textHash: sha256(WORDING_EN) }, 'en'),
        receipt(4, rev, { textHash: sha256(WORDING_LOST) }),
        receipt(5, rev, { noText: 'none-shown' }),
        receipt(6, '2026-10-01', { textHash: sha256(OLD_WORDING) }),
        receipt(7, rev, { textHash: sha256(WORDING_JA) }, 'ja', 'https://shop.example.jp'),
      ].map((r) => ({ receipt: r, receivedAt: '2026-11-03T00:00:00.000Z' })),
    )
    for (const text of [WORDING_JA, WORDING_EN, OLD_WORDING])
      await store.putText(sha256(text), text, '2026-11-03T00:00:00.000Z')
    await store.close()
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  const pack = (name: string, extra: string[] = []) => {
    const out = join(dir, name)
    const io = capture()
    return {
      out,
      io,
      code: main(
        ['proof', '--db', db, '--config', config, '--site', 'https://www.example.jp', '--out', out, ...extra],
        io,
      ),
    }
  }

  it('writes the revision’s wordings, config, scripts and chain head, and its README steps verify it', async () => {
    const { out, io, code } = pack('pack')
    assert.equal(await code, 0, io.stderr)
    assert.match(io.stdout, /5 receipts of revision 2026-11-01, 2 wordings \(1 not kept/)
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
    // Only this site's receipts of this revision: the other revision's wording and the other site are not in it.
    assert.deepEqual(
      manifest.wordings,
      [
        { hash: sha256(WORDING_JA), languages: ['ja'], receipts: 2 },
        { hash: sha256(WORDING_EN), languages: ['en'], receipts: 1 },
      ].sort((a, b) => a.hash.localeCompare(b.hash)),
    )
    assert.deepEqual(manifest.wordingsNotKept, [{ hash: sha256(WORDING_LOST), languages: ['ja'], receipts: 1 }])
    assert.deepEqual(manifest.receipts.withoutWording, { 'none-shown': 1 })
    assert.equal(manifest.receipts.count, 5)
    assert.equal(readFileSync(join(out, `wordings/${sha256(WORDING_JA)}.txt`), 'utf8'), WORDING_JA)
    assert.deepEqual(readdirSync(join(out, 'wordings')).length, 2)
    assert.deepEqual(readFileSync(join(out, 'config.json')), readFileSync(config))
    const declaration = JSON.parse(readFileSync(join(out, 'declaration.json'), 'utf8'))
    assert.equal(declaration.services['google-analytics'].recipient, 'Google LLC')
    // The installed sekisho package's script files, each with the integrity value a <script> tag carries.
    const head = manifest.scripts.find((s: { file: string }) => s.file === 'scripts/sekisho.js')
    const bytes = readFileSync(join(out, head.file))
    assert.equal(head.integrity, `sha384-${createHash('sha384').update(bytes).digest('base64')}`)
    assert.match(manifest.chain.head, /^[0-9a-f]{64}$/)

    const steps = await runProofSteps(out)
    assert.equal(steps.status, 0, steps.stdout + steps.stderr)
    assert.match(steps.stdout, /proof pack verified/)
  })

  it('its steps fail on an altered wording or config, even with SHA256SUMS written anew', async () => {
    const resum = (out: string) => {
      const files = readFileSync(join(out, 'SHA256SUMS'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.slice(66))
      writeFileSync(
        join(out, 'SHA256SUMS'),
        files.map((f) => `${sha256(readFileSync(join(out, f), 'utf8'))}  ${f}\n`).join(''),
      )
    }
    const wording = pack('altered-wording')
    assert.equal(await wording.code, 0, wording.io.stderr)
    appendFileSync(join(wording.out, `wordings/${sha256(WORDING_EN)}.txt`), ' (edited later)')
    assert.match((await runProofSteps(wording.out)).stdout, /FAILED/)
    resum(wording.out)
    assert.match((await runProofSteps(wording.out)).stdout, /wording altered/)

    const declared = pack('altered-config')
    assert.equal(await declared.code, 0, declared.io.stderr)
    // Reformatting is not a change: the canonical hash is the same.
    writeFileSync(join(declared.out, 'config.json'), JSON.stringify(VALID))
    resum(declared.out)
    assert.equal((await runProofSteps(declared.out)).status, 0)
    writeFileSync(join(declared.out, 'config.json'), JSON.stringify({ ...VALID, services: ['google-analytics'] }))
    resum(declared.out)
    assert.match((await runProofSteps(declared.out)).stdout, /not the declared config/)
  })

  it('names the flag when the pack cannot be written as asked', async () => {
    const full = join(dir, 'full')
    mkdirSync(full)
    writeFileSync(join(full, 'kept.txt'), 'an earlier pack')
    const cases: Array<[string[], RegExp]> = [
      [['proof', '--db', db, '--out', join(dir, 'x')], /--config: expected the site config/],
      [['proof', '--db', db, '--config', config], /--out: expected the folder/],
      [
        ['proof', '--db', db, '--config', config, '--out', join(dir, 'x'), '--revision', '2026-10-01'],
        /--revision: .* declares revision "2026-11-01", not "2026-10-01"/,
      ],
      [
        ['proof', '--db', db, '--config', config, '--out', join(dir, 'x')],
        /--site: the database holds https:\/\/shop\.example\.jp, https:\/\/www\.example\.jp: name one/,
      ],
      [
        [
          'proof',
          '--db',
          db,
          '--config',
          config,
          '--out',
          join(dir, 'x'),
          '--site',
          'https://www.example.jp',
          '--scripts',
          dir,
        ],
        /--scripts: .* holds no sekisho\*\.js/,
      ],
      [
        ['proof', '--db', db, '--config', config, '--out', full, '--site', 'https://www.example.jp'],
        /--out: .* is not empty/,
      ],
    ]
    for (const [argv, message] of cases) {
      const io = capture()
      assert.equal(await main(argv, io), 1, argv.join(' '))
      assert.match(io.stderr, message)
    }
  })
})
