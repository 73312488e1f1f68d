import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { anchorKey, appendAnchor, openSqliteStore, RECEIPT_WARNINGS } from '@sekisho/collector'
import { EMPTY_TEXT_HASH as EMPTY } from '@sekisho/receipts/schema'
import { main } from '../index.ts'

const receipt = (n: number, site = 'https://www.example.jp') => ({
  id: `r_cli_${String(n).padStart(6, '0')}`,
  schema: 'sekisho-receipt/1' as const,
  timestamp: new Date(Date.UTC(2026, 10, 1) + n * 3_600_000).toISOString(),
  site,
  subject: `subj_${String(n).padStart(6, '0')}`,
  policy: { revision: '2026年11月版', language: 'ja' },
  jurisdiction: 'JP',
  method: n % 2 ? ('accept-all' as const) : ('reject-all' as const),
  purposes: [
    { id: 'necessary', granted: true },
    { id: 'analytics', granted: n % 2 === 1 },
  ],
  services: [{ id: 'google-analytics', granted: n % 2 === 1 }],
  signals: { gpc: false },
  ui: { textHash: 'c'.repeat(64) },
})

function capture() {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  }
  return io
}

describe('sekisho export / import / verify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sekisho-cli-'))
  const db = join(dir, 'receipts.sqlite')
  before(async () => {
    const store = openSqliteStore(db)
    await store.append(
      Array.from({ length: 48 }, (_, n) => ({
        receipt: receipt(n, n % 4 ? 'https://www.example.jp' : 'https://shop.example.jp'),
        receivedAt: '2026-11-03T00:00:00.000Z',
      })),
    )
    await store.close()
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('exports CSV for a day range with a BOM (unless --no-bom), times in the zone', async () => {
    const io = capture()
    assert.equal(
      await main(['export', '--db', db, '--from', '2026-11-01', '--to', '2026-11-01', '--format', 'csv'], io),
      0,
      io.stderr,
    )
    assert.ok(
      io.stdout.startsWith('\uFEFFid,timestamp (Asia/Tokyo),received_at (Asia/Tokyo),'),
      "io.stdout.startsWith('\\uFEFFid,timestamp (Asia/Tokyo),received_at (Asia/Tokyo),')",
    )
    const rows = io.stdout.trimEnd().split('\r\n')
    // 1 November in Tokyo is 31 October 15:00 to 1 November 15:00 UTC: the hourly receipts from
    // 00:00 UTC to 14:00 UTC.
    assert.equal(rows.length, 1 + 15, 'the whole of 1 November in Tokyo, hourly receipts')
    assert.match(rows[1]!, /2026年11月版/)
    // The first receipt of 1 November (00:00 UTC) and its arrival (3 November, 00:00 UTC), in Tokyo time.
    assert.ok(rows[1]!.startsWith('r_cli_000000,2026-11-01 09:00:00,2026-11-03 09:00:00,'), rows[1])
    // The export is in the store's access log, with its filter, as the collector logs its own.
    const store = openSqliteStore(db)
    const [logged] = (await store.events(10)).filter((e) => e.kind === 'access')
    await store.close()
    assert.match(String(logged?.detail.by), /^cli \S+@\S+$/)
    assert.deepEqual(
      [logged?.detail.format, logged?.detail.filter],
      ['csv', { from: '2026-10-31T15:00:00.000Z', to: '2026-11-01T15:00:00.000Z' }],
    )
    // --time-zone sets the zone of the days asked for and of the CSV times.
    const utc = capture()
    const range = ['--from', '2026-11-01', '--to', '2026-11-01']
    assert.equal(
      await main(['export', '--db', db, '--format', 'csv', '--time-zone', 'UTC', '--no-bom', ...range], utc),
      0,
      utc.stderr,
    )
    assert.ok(
      utc.stdout.startsWith('id,timestamp (UTC),received_at (UTC),'),
      "utc.stdout.startsWith('id,timestamp (UTC),received_at (UTC),')",
    )
    assert.equal(utc.stdout.trimEnd().split('\r\n').length, 1 + 24, 'the whole of 1 November in UTC')
    assert.match(utc.stdout, /\r\nr_cli_000000,2026-11-01 00:00:00,2026-11-03 00:00:00,/)
  })

  it('round-trips through jsonl: export, import into a new file, export again gives the same bytes', async () => {
    const out = join(dir, 'log.jsonl')
    assert.equal(await main(['export', '--db', db, '--format', 'jsonl', '--out', out], capture()), 0)
    const copy = join(dir, 'copy.sqlite')
    const io = capture()
    assert.equal(await main(['import', '--db', copy, '--in', out], io), 0, io.stderr)
    assert.equal(io.stdout, 'imported 48, already stored 0, rejected 0\n')
    const again = capture()
    assert.equal(await main(['export', '--db', copy, '--format', 'jsonl'], again), 0)
    assert.equal(again.stdout, readFileSync(out, 'utf8'))
    const verify = capture()
    assert.equal(await main(['verify', '--db', copy], verify), 0)
    assert.match(
      verify.stdout,
      /^ok: 48 receipts, every chain verifies; 0 wordings kept, each hashes to its address\nhead https:\/\/shop\.example\.jp [0-9a-f]{64}\nhead https:\/\/www\.example\.jp [0-9a-f]{64}\n$/,
    )
  })

  /** A copy of the log (through export and import) with r_cli_000006, a www.example.jp receipt, edited. */
  async function tampered(name: string) {
    const copy = join(dir, `${name}.sqlite`)
    const out = join(dir, `${name}.jsonl`)
    await main(['export', '--db', db, '--format', 'jsonl', '--out', out], capture())
    await main(['import', '--db', copy, '--in', out], capture())
    const raw = new Database(copy)
    raw.exec('DROP TRIGGER receipts_no_update')
    raw
      .prepare(`UPDATE receipts SET body = replace(body, '"reject-all"', '"accept-all"') WHERE id = 'r_cli_000006'`)
      .run()
    raw.close()
    return copy
  }

  it('verify exits 1 naming the first edited row', async () => {
    const copy = await tampered('tampered')
    const io = capture()
    assert.equal(await main(['verify', '--db', copy], io), 1)
    assert.match(io.stderr, /chain broken .* row \d+ \(receipt r_cli_000006\): row hash does not match its content/)
  })

  it('verify --site checks that site alone; DATABASE_URL stands in for --db', async () => {
    // shop.example.jp's chain stays whole.
    const copy = await tampered('tampered-site')
    const shop = capture()
    assert.equal(await main(['verify', '--db', copy, '--site', 'https://shop.example.jp'], shop), 0, shop.stderr)
    assert.match(shop.stdout, /^head https:\/\/shop\.example\.jp /m)
    assert.doesNotMatch(shop.stdout, /www\.example\.jp/)
    const saved = process.env.DATABASE_URL
    process.env.DATABASE_URL = copy
    try {
      const www = capture()
      assert.equal(await main(['verify', '--site', 'https://www.example.jp'], www), 1)
      assert.match(www.stderr, /site https:\/\/www\.example\.jp, row \d+ \(receipt r_cli_000006\)/)
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL
      else process.env.DATABASE_URL = saved
    }
  })

  it('verify lists receipts whose wording is not kept and flagged ones, and fails on an altered wording', async () => {
    const file = join(dir, 'wordings.sqlite')
    const shown = '当サイトはCookieを使います'
    const lost = 'a wording never sent'
    const hash = (t: string) => createHash('sha256').update(t).digest('hex')
    const store = openSqliteStore(file)
    await store.append(
      [
        receipt(1),
        { ...receipt(2), ui: { textHash: hash(shown) } },
        { ...receipt(3), ui: { textHash: hash(shown) } },
        { ...receipt(4), ui: { textHash: hash(lost) } },
        // From a browser queue of an earlier release.
        { ...receipt(5), ui: { textHash: EMPTY } },
      ].map((r) => ({ receipt: r, receivedAt: '2026-11-03T00:00:00.000Z' })),
    )
    await store.putText(hash(shown), shown, '2026-11-03T00:00:01.000Z')
    await store.close()
    const io = capture()
    assert.equal(await main(['verify', '--db', file], io), 0, io.stderr)
    assert.match(io.stdout, /^ok: 5 receipts, every chain verifies; 1 wordings kept, each hashes to its address\n/)
    assert.equal(
      io.stderr,
      [
        'warning: 2 receipts refer to 2 wordings the collector does not keep:',
        ...[
          [hash(lost), 'r_cli_000004'],
          ['c'.repeat(64), 'r_cli_000001'],
        ]
          .sort()
          .map(([h, id]) => `  wording ${h}: 1 receipts (first ${id})`),
        `warning: 1 receipts flagged empty-text-hash (first r_cli_000005): ${RECEIPT_WARNINGS['empty-text-hash']}`,
        '',
      ].join('\n'),
    )
    const raw = new Database(file)
    raw.exec(`DROP TRIGGER texts_no_change; UPDATE texts SET text = 'edited'`)
    raw.close()
    const altered = capture()
    assert.equal(await main(['verify', '--db', file], altered), 1)
    assert.equal(
      altered.stderr,
      `sekisho verify: wording ${hash(shown)} was altered: its text no longer hashes to it\n`,
    )
  })

  it('verify --anchors exits 1 when the database lost rows the signed anchors hold, though its own chain is consistent', async () => {
    const copy = join(dir, 'anchored.sqlite')
    const anchors = join(dir, 'anchors.jsonl')
    await main(['import', '--db', copy, '--in', join(dir, 'log.jsonl')], capture())
    const store = openSqliteStore(copy)
    await appendAnchor(store, anchors, anchorKey(anchors), '2026-11-04T00:00:00.000Z')
    await store.close()
    const ok = capture()
    assert.equal(await main(['verify', '--db', copy, '--anchors', anchors], ok), 0, ok.stderr)
    assert.match(ok.stdout, /^ok: 1 signed anchors/)
    const raw = new Database(copy)
    raw.exec(`DROP TRIGGER receipts_no_delete; DELETE FROM receipts WHERE id = 'r_cli_000047';
      UPDATE chain_heads SET hash = (SELECT hash FROM receipts WHERE site = chain_heads.site ORDER BY seq DESC LIMIT 1)`)
    raw.close()
    assert.equal(await main(['verify', '--db', copy], capture()), 0, 'without anchors the shorter chain passes')
    const io = capture()
    assert.equal(await main(['verify', '--db', copy, '--anchors', anchors], io), 1)
    assert.match(
      io.stderr,
      /--anchors: site https:\/\/www\.example\.jp: the head anchored at .* is not in the database/,
    )
  })

  it('erase empties a subject’s receipts and records it; verify passes, counts them, and fails on an altered erased hash', async () => {
    const copy = join(dir, 'erased.sqlite')
    await main(['import', '--db', copy, '--in', join(dir, 'log.jsonl')], capture())
    const missing = capture()
    assert.equal(await main(['erase', '--db', copy, '--subject', 'subj_000005'], missing), 1)
    assert.match(missing.stderr, /^sekisho erase: --reason: expected/)
    const io = capture()
    assert.equal(
      await main(['erase', '--db', copy, '--subject', 'subj_000005', '--reason', 'GDPR Art. 17 #9', '--by', 'dpo'], io),
      0,
      io.stderr,
    )
    assert.match(io.stdout, /^erased 1 receipts; erasure record [0-9a-f]{64} \(.*, by dpo\)/)
    const ok = capture()
    assert.equal(await main(['verify', '--db', copy], ok), 0, ok.stderr)
    assert.match(ok.stdout, /^1 receipts were erased on request/m)
    const raw = new Database(copy)
    raw.exec(
      `DROP TRIGGER receipts_no_update; UPDATE receipts SET hash = '${'0'.repeat(64)}' WHERE id = 'r_cli_000005'`,
    )
    raw.close()
    const bad = capture()
    assert.equal(await main(['verify', '--db', copy], bad), 1)
    assert.match(bad.stderr, /receipt r_cli_000005\): the erased row's hash is not the one its erasure record kept/)
  })

  const servicesFile = (value: unknown) => {
    const file = join(dir, `services-${Math.random().toString(36).slice(2)}.json`)
    writeFileSync(file, JSON.stringify(value))
    return file
  }

  it('exports the APPI record with a --services file whose data is one string', async () => {
    const io = capture()
    const file = servicesFile({ 'google-analytics': { recipient: 'Google LLC', data: 'cookie id' } })
    assert.equal(await main(['export', '--db', db, '--format', 'appi', '--services', file], io), 0, io.stderr)
    assert.match(io.stdout, /Google LLC,未登録 not declared,未登録 not declared,google-analytics,cookie id,/)
  })

  const siteConfig = (controller: Record<string, string>) =>
    servicesFile({
      revision: '2026-11',
      controller,
      purposes: [{ id: 'necessary', required: true }, { id: 'analytics' }],
      services: [
        {
          id: 'google-analytics',
          recipientAddress: '1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
          recipientRepresentative: 'Sundar Pichai',
        },
      ],
    })

  it('exports the APPI record and Kantara receipts from a --site-config resolved against the catalog', async () => {
    const file = siteConfig({
      name: '株式会社サンプル',
      contact: '個人情報保護管理者',
      address: '東京都千代田区1-1',
      email: 'privacy@example.jp',
      phone: '03-0000-0000',
      url: 'https://www.example.jp/company',
    })
    const io = capture()
    const args = ['export', '--db', db, '--site', 'https://www.example.jp', '--site-config', file]
    assert.equal(await main([...args, '--format', 'appi', '--time-zone', 'UTC'], io), 0, io.stderr)
    const rows = io.stdout.trimEnd().split('\r\n')
    assert.ok(
      rows[0]!.startsWith('\uFEFF提供年月日 date of provision (UTC)'),
      "rows[0]!.startsWith('\\uFEFF提供年月日 date of provision (UTC)')",
    )
    assert.ok(rows.length > 1, 'rows.length > 1')
    // The recipient, address, representative and items come from the catalog entry and the config.
    for (const row of rows.slice(1))
      assert.match(
        row,
        /^2026-11-0\d,\d\d:00:00,Google LLC,"1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",Sundar Pichai,google-analytics,[^,未]+,subj_\d+,[^,]*consent confirmed,US: /,
      )
    const kantara = capture()
    assert.equal(await main([...args, '--format', 'kantara', '--method', 'accept-all'], kantara), 0, kantara.stderr)
    const [k] = JSON.parse(kantara.stdout)
    assert.equal(k.piiControllers[0].email, 'privacy@example.jp')
    assert.equal(k.piiControllers[0].phone, '03-0000-0000')
    assert.equal(k.services[0].purposes[0].thirdPartyName, 'Google LLC')
    assert.ok(k.services[0].purposes[0].piiCategory.length > 0, 'k.services[0].purposes[0].piiCategory.length > 0')
    // ISO/IEC TS 27560: the catalog's retention and privacy policy, the config's consent validity.
    const iso = capture()
    assert.equal(await main([...args, '--format', 'iso27560', '--method', 'accept-all'], iso), 0, iso.stderr)
    const [record] = JSON.parse(iso.stdout)
    const analytics = record.processing.find((p: { purpose: string }) => p.purpose === 'analytics')
    assert.deepEqual(analytics.recipient_third_parties, ['recipient:Google LLC'])
    assert.equal(analytics.retention_period[0].service, 'google-analytics')
    assert.doesNotMatch(analytics.retention_period[0].period, /not declared/)
    assert.match(record.events[0].validity_duration, /^P\d+D$/)
    assert.equal(record.parties[0].party_address, '東京都千代田区1-1')
  })

  it('refuses a --site-config the validator rejects, naming the field, and a bad --time-zone', async () => {
    const bad = capture()
    const file = siteConfig({ name: 'n', email: 'privacy' })
    assert.equal(await main(['export', '--db', db, '--format', 'appi', '--site-config', file], bad), 1)
    assert.match(bad.stderr, /controller\.email/)
    const zone = capture()
    assert.equal(await main(['export', '--db', db, '--format', 'appi', '--time-zone', 'Tokyo'], zone), 1)
    assert.match(zone.stderr, /--time-zone: expected an IANA zone/)
  })

  it('names the bad flag and exits 1', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['export', '--db', db, '--from', 'last week'], /--from: expected a date/],
      [['export', '--db', db, '--format', 'xls'], /--format: expected one of csv, jsonl, kantara, iso27560, appi/],
      [['export', '--db', db, '--method', 'maybe'], /--method: expected one of/],
      [['export', '--db', db, '--colour'], /Unknown option '--colour'/],
      [['verify'], /--db: expected a SQLite file or a postgres:\/\/ URL/],
      [['export', '--db', db, '--services', join(dir, 'missing.json'), '--format', 'appi'], /--services: cannot read/],
      [
        ['export', '--db', db, '--services', servicesFile({ ga: { data: 3 } }), '--format', 'appi'],
        /ga\.data: expected/,
      ],
      // A closed port: the error names the location without its password.
      [['verify', '--db', 'postgres://app:s3cret@127.0.0.1:9/x'], /postgres:\/\/app:\*\*\*@127\.0\.0\.1:9\/x/],
    ]
    const saved = process.env.DATABASE_URL
    delete process.env.DATABASE_URL
    try {
      for (const [args, message] of cases) {
        const io = capture()
        assert.equal(await main(args, io), 1, args.join(' '))
        assert.match(io.stderr, message)
        assert.doesNotMatch(io.stderr, /s3cret/)
      }
    } finally {
      if (saved !== undefined) process.env.DATABASE_URL = saved
    }
  })

  it('import exits 1 and names the line of a bad receipt', async () => {
    const file = join(dir, 'bad.jsonl')
    writeFileSync(
      file,
      `${JSON.stringify(receipt(900))}\n${JSON.stringify({ ...receipt(901), jurisdiction: 'japan' })}\n`,
    )
    const io = capture()
    assert.equal(await main(['import', '--db', join(dir, 'other.sqlite'), '--in', file], io), 1)
    assert.match(io.stderr, /line 2: jurisdiction: expected a jurisdiction/)
    assert.equal(io.stdout, 'imported 1, already stored 0, rejected 1\n')
  })
})
