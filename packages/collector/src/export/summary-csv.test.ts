// The audit summary on its own: what it says of an open period, of every site, and of each kind of
// chain break.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { openSqliteStore } from '../store/sqlite.ts'
import type { ChainReport } from '../store/store.ts'
import { auditSummary, summaryCsv, type AuditSummary } from './summary.ts'

const summary = (chain: ChainReport): AuditSummary => ({
  period: {},
  timeZone: 'UTC',
  generatedAt: '2026-11-01T12:00:00.000Z',
  total: 3,
  byMethod: { 'accept-all': 2, 'reject-all': 1 },
  purposes: [{ id: 'analytics', granted: 2, total: 3, rate: 0.6667 }],
  revisions: [{ revision: 'R', first: '2026-10-01T00:00:00.000Z', last: '2026-10-31T23:59:59.000Z', total: 3 }],
  chain,
})

describe('summaryCsv', () => {
  it('writes an open period, every site, and the counts as one table', () => {
    assert.equal(
      summaryCsv(summary({ ok: true, checked: 3 })),
      [
        '\uFEFF監査用集計 audit summary,Sekisho',
        '期間開始 from (UTC),(start)',
        '期間終了 before (UTC),(now)',
        'サイト site,(all sites)',
        'タイムゾーン time zone,UTC',
        '作成日時 generated at (UTC),2026-11-01 12:00:00',
        '改ざん検知 hash chain,OK: 3 records verified',
        '同意記録 receipts,3',
        '',
        '区分 section,項目 item,同意 granted,件数 total,同意率 rate,初回 first (UTC),最終 last (UTC)',
        'method,accept-all,,2,,,',
        'method,reject-all,,1,,,',
        'purpose,analytics,2,3,0.6667,,',
        'revision,R,,3,,2026-10-01 00:00:00,2026-10-31 23:59:59',
        '',
      ].join('\r\n'),
    )
  })

  it('names the first break with its row and id when it has them', () => {
    const line = (chain: ChainReport) =>
      summaryCsv(summary(chain))
        .split('\r\n')
        .find((l) => l.startsWith('改ざん検知'))
    const reason = 'previous hash does not match'
    const hashes = { expected: 'a'.repeat(64), found: 'b'.repeat(64) }
    assert.equal(
      line({ ok: false, checked: 7, firstBreak: { site: 'https://a.example', seq: 5, id: 'r_1', reason, ...hashes } }),
      `改ざん検知 hash chain,BROKEN: 7 records checked; first break at https://a.example #5 (r_1): ${reason}`,
    )
    assert.equal(
      line({ ok: false, checked: 7, firstBreak: { site: '(purge log)', reason, ...hashes } }),
      `改ざん検知 hash chain,BROKEN: 7 records checked; first break at (purge log): ${reason}`,
    )
    assert.equal(line({ ok: false, checked: 0 }), '改ざん検知 hash chain,BROKEN: 0 records checked; first break at ?')
  })
})

describe('auditSummary', () => {
  it('of every site and an open period says neither', async () => {
    const store = openSqliteStore(':memory:')
    try {
      const made = await auditSummary(store, {}, { timeZone: 'UTC', generatedAt: '2026-11-01T12:00:00.000Z' })
      assert.deepEqual(made, {
        period: {},
        timeZone: 'UTC',
        generatedAt: '2026-11-01T12:00:00.000Z',
        total: 0,
        byMethod: {},
        purposes: [],
        revisions: [],
        chain: { ok: true, checked: 0 },
      })
      const site = await auditSummary(
        store,
        { site: 'https://a.example', from: '2026-11-01T00:00:00.000Z' },
        { timeZone: 'UTC', generatedAt: '2026-11-01T12:00:00.000Z' },
      )
      assert.deepEqual([site.site, site.period], ['https://a.example', { from: '2026-11-01T00:00:00.000Z' }])
    } finally {
      await store.close()
    }
  })
})
