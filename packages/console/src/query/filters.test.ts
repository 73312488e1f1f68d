import { expect } from 'chai'
import { EMPTY_FILTERS, exportFileName, exportQuery, statsQuery } from './filters.ts'

const filters = {
  ...EMPTY_FILTERS,
  site: ' https://www.example.jp ',
  from: '2026-11-01',
  to: '2026-11-27',
  purpose: 'analytics',
  method: 'custom',
  subject: 's-123',
}

describe('statsQuery', () => {
  it('sends only the period and the site, trimmed', () => {
    expect(statsQuery(filters)).to.equal('from=2026-11-01&to=2026-11-27&site=https%3A%2F%2Fwww.example.jp')
  })
  it('is empty without filters', () => {
    expect(statsQuery(EMPTY_FILTERS)).to.equal('')
  })
})

describe('exportQuery', () => {
  it('carries the format first and every filter', () => {
    const params = new URLSearchParams(exportQuery(filters, 'jsonl'))
    expect([...params.keys()]).to.deep.equal(['format', 'from', 'to', 'site', 'purpose', 'method', 'subject'])
    expect(params.get('subject')).to.equal('s-123')
    expect(params.has('bom')).to.equal(false)
  })
  it('says bom=1 or bom=0 for CSV only', () => {
    expect(exportQuery(EMPTY_FILTERS, 'csv', { bom: true })).to.equal('format=csv&bom=1')
    expect(exportQuery(EMPTY_FILTERS, 'csv', { bom: false })).to.equal('format=csv&bom=0')
    expect(exportQuery(EMPTY_FILTERS, 'kantara', { bom: true })).to.equal('format=kantara')
    expect(exportQuery(EMPTY_FILTERS, 'appi')).to.equal('format=appi')
  })
})

describe('exportFileName', () => {
  it('prefers the server-sent name, plain or RFC 5987', () => {
    expect(exportFileName(filters, 'csv', 'attachment; filename="receipts.csv"')).to.equal('receipts.csv')
    expect(exportFileName(filters, 'csv', "attachment; filename*=UTF-8''%E5%90%8C%E6%84%8F.csv")).to.equal('同意.csv')
  })
  it('names the period and format otherwise', () => {
    expect(exportFileName(filters, 'kantara', null)).to.equal('sekisho-kantara-2026-11-01_2026-11-27.json')
    expect(exportFileName(EMPTY_FILTERS, 'jsonl')).to.equal('sekisho-receipts-start_now.jsonl')
    expect(exportFileName(EMPTY_FILTERS, 'iso27560')).to.equal('sekisho-iso27560-start_now.json')
    expect(exportFileName(EMPTY_FILTERS, 'appi', 'inline')).to.equal('sekisho-appi-records-start_now.csv')
  })
})
