import { expect } from 'chai'
import { decodeDecision, encodeDecision } from '../index.ts'
import { readDecision } from './consent-cookie.ts'
import type { Decision } from '../index.ts'

const decision: Decision = {
  revision: '2026-11-01',
  time: 1795000000123,
  purposes: { necessary: true, analytics: true, advertising: false },
  services: { 'my-pixel': true, stats: false },
  subject: 'Ab3_x-9QkLmNoPqRsTuVwX',
  receipt: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  recorded: true,
  method: 'custom',
}

describe('consent cookie', () => {
  it('has the documented layout (version 3: the receipt id from the decision on, and whether it is recorded)', () => {
    expect(encodeDecision(decision)).to.equal(
      '3|2026-11-01|1795000000123|necessary.analytics.!advertising|my-pixel.!stats|Ab3_x-9QkLmNoPqRsTuVwX|0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b|c||1',
    )
    expect(encodeDecision({ ...decision, recorded: undefined, previous: 'r_prev-1' })).to.equal(
      '3|2026-11-01|1795000000123|necessary.analytics.!advertising|my-pixel.!stats|Ab3_x-9QkLmNoPqRsTuVwX|0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b|c|r_prev-1|',
    )
    // Recorded without a receipt id, or any other mark, is not a value this format writes.
    expect(decodeDecision('3|r|1|necessary||Ab3_x-9QkLmNoPqRsTuVwX||c||1')).to.equal(undefined)
    expect(decodeDecision('3|r|1|necessary||Ab3_x-9QkLmNoPqRsTuVwX|r-1|c||x')).to.equal(undefined)
  })

  it('still reads version 2 cookies: a receipt id there means recorded, none means still owed', () => {
    const v2 =
      '2|2026-11-01|1795000000123|necessary.analytics.!advertising|my-pixel.!stats|Ab3_x-9QkLmNoPqRsTuVwX|0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b|c|'
    expect(decodeDecision(v2)).to.deep.equal(decision)
    const owed = decodeDecision(
      '2|2026-11-01|1795000000123|necessary.analytics.!advertising|my-pixel.!stats|Ab3_x-9QkLmNoPqRsTuVwX||c|r_prev-1',
    )!
    expect([owed.receipt, owed.recorded, owed.previous]).to.deep.equal([undefined, undefined, 'r_prev-1'])
  })

  it('still reads version 1 cookies (no previous field)', () => {
    expect(
      decodeDecision(
        '1|2026-11-01|1795000000123|necessary.analytics.!advertising|my-pixel.!stats|Ab3_x-9QkLmNoPqRsTuVwX|0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b|c',
      ),
    ).to.deep.equal(decision)
    expect(decodeDecision('1|2026-11-01|1795000000123|necessary|||Ab3_x-9QkLmNoPqRsTuVwX||c|x')).to.equal(undefined)
    expect(decodeDecision('2|2026-11-01|1795000000123|necessary||Ab3_x-9QkLmNoPqRsTuVwX||c')).to.equal(undefined)
  })

  it('round-trips every method, with and without services and receipt', () => {
    for (const method of ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'api'] as const) {
      expect(decodeDecision(encodeDecision({ ...decision, method }))).to.deep.equal({ ...decision, method })
    }
    const { receipt, recorded, ...bare } = { ...decision, services: {} }
    expect(decodeDecision(encodeDecision(bare))).to.deep.equal(bare)
    expect(decodeDecision(encodeDecision({ ...bare, previous: 'r_prev-1' }))).to.deep.equal({
      ...bare,
      previous: 'r_prev-1',
    })
  })

  it('uses only characters that need no quoting and survive URL-decoding servers', () => {
    const value = encodeDecision({ ...decision, revision: 'v2.1:2026_11', receipt: '01JDQ7ZK9X.r:1' })
    expect(value).to.match(/^[\w.:!|-]+$/)
    expect(decodeURIComponent(value)).to.equal(value)
    expect(decodeDecision(value)).to.deep.equal({ ...decision, revision: 'v2.1:2026_11', receipt: '01JDQ7ZK9X.r:1' })
  })

  it('reads foreign, corrupt and hostile values as no consent', () => {
    const good = encodeDecision(decision)
    const hostile = [
      '',
      'accept-all',
      'true',
      '{"analytics":true}',
      '4' + good.slice(1), // a future format version
      '2' + good.slice(1), // version 2 had nine fields
      '1' + good.slice(1), // version 1 had eight fields
      good.replace('|c', '|z'), // unknown method
      good.replace('|c', '|'),
      good.replace('|c', '|ar'), // a substring of the method letters
      good.replace('1795000000123', '-1'),
      good.replace('1795000000123', '1e12'),
      good.replace('1795000000123', '9'.repeat(30)),
      good.replace('1795000000123', ''),
      good.replace('2026-11-01', ''), // no revision
      good.replace('2026-11-01', '%E0%A4%A'), // percent-encoding is never used
      good.replace('2026-11-01', 'a'.repeat(65)),
      good.replace('0193a1b2', '%'),
      good.replace('0193a1b2', '<b>'),
      good.replace('necessary', '__proto__!'),
      good.replace('necessary.', 'necessary..'),
      good.replace('necessary', 'necessary+analytics'),
      good.replace('necessary', 'nec essary'),
      good.replace('Ab3_x-9QkLmNoPqRsTuVwX', 'short'),
      good.replace('Ab3_x-9QkLmNoPqRsTuVwX', '<script>alert(1)</script>'),
      good.replace('my-pixel', '!'),
      '1|' + 'a'.repeat(5000),
      good.replace('|c', '|c '),
      good + '<b>', // previous receipt id with markup
      good + '|extra',
      good.slice(0, good.lastIndexOf('|')), // nine fields under version 3
      '||||||||',
      '1|r|1|||subject00||a'.replace('||a', '|x|toString'),
      undefined as unknown as string,
      null as unknown as string,
      42 as unknown as string,
    ]
    for (const value of hostile) expect(decodeDecision(value), String(value)).to.equal(undefined)
  })

  it('accepts a minimal valid value', () => {
    expect(decodeDecision('1|r|0|||subject00||r')).to.deep.equal({
      revision: 'r',
      time: 0,
      purposes: {},
      services: {},
      subject: 'subject00',
      method: 'reject-all',
    })
  })

  it('reads no decision whose ids, subject or previous receipt carry anything but their characters', () => {
    const value = (d: Partial<Decision>, edit = (v: string) => v) => edit(encodeDecision({ ...decision, ...d }))
    expect(decodeDecision(value({}))).to.not.equal(undefined)
    expect(decodeDecision(value({ purposes: { 'a!b': true } }))).to.equal(undefined)
    expect(decodeDecision(value({ subject: '#abcdefgh' }))).to.equal(undefined)
    expect(decodeDecision(value({ subject: 'abcdefgh#' }))).to.equal(undefined)
    expect(decodeDecision(value({ previous: 'a b' }))).to.equal(undefined)
  })

  it('finds the cookie in a header whose pairs are not separated by a space', () => {
    expect(readDecision(`a=1;sekisho=${encodeDecision(decision)}`, 'sekisho')).to.deep.equal(decision)
  })
})
