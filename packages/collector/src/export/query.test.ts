// The filter a privacy manager types (HTTP query or CLI flags): days read in a zone, ends included,
// every mistake named by the parameter as the user wrote it, never silently widened.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parseExportQuery } from './query.ts'

const parse = (params: Record<string, string>, timeZone?: string, name?: (k: string) => string) =>
  parseExportQuery((k) => params[k], name, 'csv', timeZone)
const errors = (params: Record<string, string>) => {
  const result = parse(params)
  return result.ok ? [] : result.errors
}

describe('export query', () => {
  it('without parameters: CSV, everything, with a BOM', () => {
    assert.deepEqual(parse({}), { ok: true, query: { format: 'csv', filter: {}, bom: true } })
    assert.deepEqual(
      parseExportQuery(() => undefined, undefined, 'jsonl'),
      {
        ok: true,
        query: { format: 'jsonl', filter: {}, bom: true },
      },
    )
  })

  it('reads a day as that day in the zone, the `to` day included whole', () => {
    const result = parse({ from: '2026-11-01', to: '2026-11-30' }, 'Asia/Tokyo')
    assert.deepEqual(result.ok && result.query.filter, {
      from: '2026-10-31T15:00:00.000Z',
      to: '2026-11-30T15:00:00.000Z',
    })
    const utc = parse({ from: '2026-11-01', to: '2026-11-01' })
    assert.deepEqual(utc.ok && utc.query.filter, { from: '2026-11-01T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z' })
    // West of UTC the local midnight is later in UTC.
    const ny = parse({ from: '2026-07-04' }, 'America/New_York')
    assert.deepEqual(ny.ok && ny.query.filter, { from: '2026-07-04T04:00:00.000Z' })
    // Auckland left summer time (+13 to +12) at 14:00 UTC on 2026-04-04: midnight starting 2026-04-05
    // was still +13, which the offset at 2026-04-05T00:00Z (+12) alone would miss by an hour.
    const nz = parse({ from: '2026-04-05', to: '2026-04-05' }, 'Pacific/Auckland')
    assert.deepEqual(nz.ok && nz.query.filter, { from: '2026-04-04T11:00:00.000Z', to: '2026-04-05T12:00:00.000Z' })
  })

  it('takes a time with its zone as that instant, seconds and fractions optional', () => {
    const result = parse({ from: '2026-11-01T09:00+09:00', to: '2026-11-01T00:00:30.123456Z' })
    assert.deepEqual(result.ok && result.query.filter, {
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-01T00:00:30.123Z',
    })
  })

  it('refuses days and times that do not exist or lack a zone, naming the parameter', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-11-1', 'yesterday', '2026-11-01T09:00', '2026-11-01T25:00Z'])
      assert.deepEqual(errors({ from: bad }), [
        {
          path: 'from',
          message: `expected a date like 2026-11-01 or a time like 2026-11-01T09:00:00+09:00, got "${bad}"`,
        },
      ])
  })

  it('wants `to` after `from`: an empty or reversed range is a mistake, not an empty export', () => {
    for (const to of ['2026-11-01T00:00:00Z', '2026-10-31T23:59:59Z'])
      assert.deepEqual(errors({ from: '2026-11-01T00:00:00Z', to }), [{ path: 'to', message: 'must be after from' }])
    assert.equal(parse({ from: '2026-11-01T00:00:00Z', to: '2026-11-01T00:00:00.001Z' }).ok, true)
  })

  it('takes site, purpose and subject of 1 to 2048 characters as they are', () => {
    const long = 'x'.repeat(2048)
    const result = parse({ site: 'https://www.example.jp', purpose: 'analytics', subject: long })
    assert.deepEqual(result.ok && result.query.filter, {
      site: 'https://www.example.jp',
      purpose: 'analytics',
      subject: long,
    })
    for (const key of ['site', 'purpose', 'subject'])
      for (const value of ['', `${long}x`])
        assert.deepEqual(errors({ [key]: value }), [{ path: key, message: 'expected a non-empty value' }])
  })

  it('takes a decision method and a format only from their lists', () => {
    const result = parse({ method: 'gpc', format: 'appi' })
    assert.deepEqual(result.ok && [result.query.format, result.query.filter], ['appi', { method: 'gpc' }])
    assert.deepEqual(errors({ method: 'maybe', format: 'xlsx' }), [
      { path: 'format', message: 'expected one of csv, jsonl, kantara, iso27560, appi, got "xlsx"' },
      {
        path: 'method',
        message: 'expected one of accept-all, reject-all, custom, withdraw, gpc, api, got "maybe"',
      },
    ])
  })

  it('leaves the BOM out only when asked with 0 or false', () => {
    const bom = (value: string) => {
      const result = parse({ bom: value })
      return result.ok ? result.query.bom : result.errors
    }
    assert.deepEqual(['', '1', 'true', '0', 'false'].map(bom), [true, true, true, false, false])
    assert.deepEqual(bom('no'), [{ path: 'bom', message: 'expected 1 or 0, got "no"' }])
  })

  it('names the parameters as the user typed them (CLI flags) and reports every mistake at once', () => {
    const result = parse({ from: '2026-11-02', to: '2026-11-01', method: 'x' }, undefined, (k) => `--${k}`)
    assert.deepEqual(result.ok ? [] : result.errors.map((e) => [e.path, e.message.slice(0, 20)]), [
      ['--to', 'must be after --from'],
      ['--method', 'expected one of acce'],
    ])
  })
})
