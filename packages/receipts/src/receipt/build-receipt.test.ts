import { expect } from 'chai'
import type { Decision, DecisionMethod } from '@sekisho/core'
import { buildReceipt, receiptId, textHash, validateReceipt } from '../index.ts'
import { sampleReceipt } from '../schema/sample-receipt.ts'

const decision = (method: DecisionMethod, extra: Partial<Decision> = {}): Decision => ({
  revision: '2024-05-01',
  time: Date.UTC(2024, 4, 1, 9, 30),
  purposes: { necessary: true, analytics: true, advertising: false },
  services: {},
  subject: 'subj_0123456789',
  method,
  ...extra,
})
const config = {
  revision: '2024-05-01',
  jurisdiction: 'JP',
  controller: { policyUrl: '/privacy' },
}
const input = (d: Decision) => ({
  decision: d,
  config,
  site: 'https://www.example.jp',
  lang: 'ja',
  text: '同意する',
  gpc: false,
})

describe('buildReceipt', () => {
  it("takes the decision's own receipt id, chosen when the decision was made", async () => {
    const r = await buildReceipt(input(decision('withdraw', { receipt: 'r_chosen_at_decision' })))
    expect(r.id).to.equal('r_chosen_at_decision')
  })

  it('never hashes a missing or empty wording: ui.noText says why', async () => {
    const api = await buildReceipt({ ...input(decision('api')), text: undefined })
    expect(api.ui).to.deep.equal({ noText: 'none-shown' })
    const lost = await buildReceipt({ ...input(decision('withdraw')), text: '' })
    expect(lost.ui).to.deep.equal({ noText: 'unknown' })
    expect(validateReceipt(api).ok && validateReceipt(lost).ok).to.equal(true)
    // A GPC signal decides without a wording too; a banner decision whose wording is gone does not.
    const gpc = await buildReceipt({ ...input(decision('gpc')), text: undefined, gpc: true })
    expect(gpc.ui).to.deep.equal({ noText: 'none-shown' })
    const banner = await buildReceipt({ ...input(decision('accept-all')), text: undefined })
    expect(banner.ui).to.deep.equal({ noText: 'unknown' })
  })

  it('fills every field of the contract from the decision', async () => {
    const d = decision('custom', { previous: 'r_previous1', services: { 'google-analytics': true } })
    const consentMode = { analytics_storage: 'granted', ad_storage: 'denied' } as const
    const r = await buildReceipt({ ...input(d), consentMode, id: 'r_01HXYZABCDEF' })
    // The sample is a complete receipt: every field of the contract is filled from the inputs.
    expect(r).to.deep.equal({
      ...sampleReceipt(),
      ui: { textHash: await textHash('同意する') },
      previous: 'r_previous1',
    })
  })
  it('makes a valid receipt for every decision method, chained to nothing the first time', async () => {
    for (const method of ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'api'] as const) {
      const r = await buildReceipt({ ...input(decision(method)), gpc: method === 'gpc' })
      expect(validateReceipt(r), method).to.deep.include({ ok: true })
      expect(r.method).to.equal(method)
      expect(r.previous).to.equal(null)
      expect(r.signals.gpc).to.equal(method === 'gpc')
    }
  })
  it('records GPC wherever it is seen, and the purposes it kept off when it changed accept-all', async () => {
    const jp = await buildReceipt({ ...input(decision('reject-all')), gpc: true })
    expect(jp.signals).to.deep.equal({ gpc: true })
    const r = await buildReceipt({ ...input(decision('accept-all')), gpc: true, gpcWithheld: ['advertising'] })
    expect(r.signals).to.deep.equal({ gpc: true, gpcWithheld: ['advertising'] })
    expect(validateReceipt(r)).to.deep.include({ ok: true })
    const bad = { ...r, signals: { gpc: true, gpcWithheld: 'advertising' } }
    expect(validateReceipt(bad)).to.deep.include({ ok: false })
  })
  it('lists every service with its effective state when the config names them', async () => {
    const services = [
      { id: 'ga', purposes: ['analytics'] },
      { id: 'ads', purposes: ['advertising'] },
      { id: 'mixed', purposes: ['analytics', 'advertising'] },
    ] as never
    const r = await buildReceipt({
      ...input(decision('custom', { services: { ads: true } })),
      config: { ...config, services },
    })
    expect(r.services).to.deep.equal([
      { id: 'ga', granted: true },
      { id: 'ads', granted: true },
      { id: 'mixed', granted: false },
    ])
  })
  it('carries no user agent unless the operator opts in', async () => {
    expect(await buildReceipt(input(decision('api')))).to.not.have.property('context')
    const r = await buildReceipt({ ...input(decision('api')), userAgent: true })
    expect(r.context).to.deep.equal({ userAgent: navigator.userAgent })
    expect(validateReceipt(r)).to.deep.include({ ok: true })
  })
  it('has no policy URL when the config names none', async () => {
    const r = await buildReceipt({ ...input(decision('api')), config: { ...config, controller: {} } })
    expect(r.policy).to.deep.equal({ revision: '2024-05-01', language: 'ja' })
  })
  it('leaves out a policy URL that cannot be resolved', async () => {
    const r = await buildReceipt({
      ...input(decision('api')),
      config: { ...config, controller: { policyUrl: 'http://[::1' } },
    })
    expect(r.policy).to.deep.equal({ revision: '2024-05-01', language: 'ja' })
  })
})

describe('receiptId', () => {
  it('is unique, valid and sorts by time', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => receiptId()))
    expect(ids.size).to.equal(1000)
    for (const id of ids) expect(id).to.match(/^[0-9a-z]{37}$/)
    expect(receiptId(1000) < receiptId(2000)).to.equal(true)
    expect(receiptId(Date.UTC(2024, 0, 1)) < receiptId(Date.UTC(2099, 0, 1))).to.equal(true)
  })
})
