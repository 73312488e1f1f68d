import { expect } from 'chai'
import { EMPTY_TEXT_HASH, formatReceiptErrors, validateReceipt } from './index.ts'
import { sampleReceipt } from './sample-receipt.ts'

export { sampleReceipt }

const errorsOf = (value: unknown) => {
  const result = validateReceipt(value)
  return result.ok ? [] : result.errors.map((e) => e.path)
}

describe('validateReceipt', () => {
  it('accepts a complete receipt', () => {
    expect(validateReceipt(sampleReceipt())).to.deep.equal({ ok: true, receipt: sampleReceipt() })
  })
  it('names the field that is wrong', () => {
    const r = sampleReceipt() as any
    r.purposes[1].granted = 'yes'
    r.ui.textHash = 'XYZ'
    expect(errorsOf(r)).to.deep.equal(['purposes[1].granted', 'ui.textHash'])
  })
  it('refuses the hash of an empty wording and a ui with both or neither of textHash and noText', () => {
    const empty = {
      ...sampleReceipt(),
      ui: { textHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
    }
    const result = validateReceipt(empty)
    expect(result.ok ? [] : result.errors).to.deep.equal([
      { path: 'ui.textHash', message: 'the SHA-256 of an empty wording proves nothing: send ui.noText instead' },
    ])
    expect(errorsOf({ ...sampleReceipt(), ui: { textHash: 'a'.repeat(64), noText: 'unknown' } })).to.deep.equal([
      'ui.textHash',
    ])
    expect(errorsOf({ ...sampleReceipt(), ui: {} })).to.deep.equal(['ui.noText'])
    expect(errorsOf({ ...sampleReceipt(), ui: { noText: 'lost' } })).to.deep.equal(['ui.noText'])
    expect(errorsOf({ ...sampleReceipt(), ui: { noText: 'none-shown' } })).to.deep.equal([])
  })
  it('rejects unknown fields, duplicates and wrong schema versions', () => {
    expect(errorsOf({ ...sampleReceipt(), ip: '1.2.3.4' })).to.deep.equal(['ip'])
    expect(errorsOf({ ...sampleReceipt(), schema: 'sekisho-receipt/2' })).to.deep.equal(['schema'])
    const dup = sampleReceipt()
    dup.services.push({ id: 'google-analytics', granted: false })
    expect(errorsOf(dup)).to.deep.equal(['services[1].id'])
  })
  it('rejects non-objects and impossible dates', () => {
    expect(errorsOf(null)).to.deep.equal([''])
    expect(errorsOf([])).to.deep.equal([''])
    expect(errorsOf({ ...sampleReceipt(), timestamp: '2024-13-45T00:00:00Z' })).to.deep.equal(['timestamp'])
  })

  /** The errors of the sample receipt with `patch` applied (a field set to `undefined` is left out). */
  const refusal = (patch: Record<string, unknown>, options = {}) => {
    const value = { ...sampleReceipt(), ...patch }
    for (const key of Object.keys(patch)) if (patch[key] === undefined) delete value[key as keyof typeof value]
    const result = validateReceipt(value, options)
    return result.ok ? [] : result.errors
  }
  const policy = sampleReceipt().policy
  const signals = sampleReceipt().signals
  const grant = (id: unknown, granted: unknown = true) => ({ id, granted })
  const ID = 'an id of 8–128 letters, digits, _ or -'
  const TEXT = 'a non-empty string of at most 2048 characters'

  it('says of each refused field what it expects and what it got', () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ id: 12345678 }, 'id', `expected ${ID}, got number`],
      [{ id: 'r_short' }, 'id', `expected ${ID}, got "r_short"`],
      [{ schema: undefined }, 'schema', 'expected "sekisho-receipt/1", got undefined'],
      [
        { timestamp: 'yesterday' },
        'timestamp',
        'expected an ISO 8601 UTC time like 2024-05-01T09:30:00.000Z, got "yesterday"',
      ],
      [{ timestamp: '2024-13-45T00:00:00Z' }, 'timestamp', 'not a real date: "2024-13-45T00:00:00Z"'],
      // An array's text can look like a date; it is still not a string.
      [
        { timestamp: ['2024-13-45T00:00:00Z'] },
        'timestamp',
        'expected an ISO 8601 UTC time like 2024-05-01T09:30:00.000Z, got an array',
      ],
      [{ site: undefined }, 'site', `expected ${TEXT}, got undefined`],
      [{ site: null }, 'site', `expected ${TEXT}, got null`],
      [{ site: '' }, 'site', `expected ${TEXT}, got ""`],
      [{ site: true }, 'site', `expected ${TEXT}, got boolean`],
      [{ subject: 'subj' }, 'subject', 'expected a pseudonymous id of 8–128 letters, digits, _ or -, got "subj"'],
      [{ policy: 'v1' }, 'policy', 'expected {revision, language, url?}, got "v1"'],
      [{ policy: null }, 'policy', 'expected {revision, language, url?}, got null'],
      [{ policy: [] }, 'policy', 'expected {revision, language, url?}, got an array'],
      [{ policy: { ...policy, lang: 'ja' } }, 'policy.lang', 'unknown field; allowed: revision, url, language'],
      [{ policy: { ...policy, revision: '' } }, 'policy.revision', `expected ${TEXT}, got ""`],
      [{ policy: { ...policy, url: '' } }, 'policy.url', `expected ${TEXT}, got ""`],
      [
        { policy: { ...policy, language: 'EN-us' } },
        'policy.language',
        'expected a language tag like "ja" or "en-US", got "EN-us"',
      ],
      [
        { policy: { ...policy, language: 'ja_JP' } },
        'policy.language',
        'expected a language tag like "ja" or "en-US", got "ja_JP"',
      ],
      [{ jurisdiction: 'xJP' }, 'jurisdiction', 'expected a jurisdiction like "JP", "EU" or "US-CA", got "xJP"'],
      [{ jurisdiction: 'JPN' }, 'jurisdiction', 'expected a jurisdiction like "JP", "EU" or "US-CA", got "JPN"'],
      [
        { method: 'maybe' },
        'method',
        'expected one of accept-all, reject-all, custom, withdraw, gpc, api, got "maybe"',
      ],
      [{ purposes: 'all' }, 'purposes', 'expected an array of at most 256 {id, granted}, got "all"'],
      [
        { services: Array.from({ length: 257 }, (_, i) => grant(`s${i}`)) },
        'services',
        'expected an array of at most 256 {id, granted}, got an array',
      ],
      [{ purposes: [null] }, 'purposes[0]', 'expected {id, granted}, got null'],
      [{ purposes: [{ ...grant('analytics'), why: 'x' }] }, 'purposes[0].why', 'unknown field; allowed: id, granted'],
      [
        { purposes: [grant('web analytics')] },
        'purposes[0].id',
        'expected an id of 1–128 letters, digits, _ . : -, got "web analytics"',
      ],
      [{ purposes: [grant('analytics', 'yes')] }, 'purposes[0].granted', 'expected true or false, got "yes"'],
      [{ services: [grant('ga'), grant('ga', false)] }, 'services[1].id', 'duplicate id "ga"'],
      [{ signals: 'gpc' }, 'signals', 'expected {gpc, consentMode?}, got "gpc"'],
      [{ signals: { ...signals, dnt: true } }, 'signals.dnt', 'unknown field; allowed: gpc, gpcWithheld, consentMode'],
      [{ signals: { ...signals, gpc: 'yes' } }, 'signals.gpc', 'expected true or false, got "yes"'],
      [
        { signals: { ...signals, gpcWithheld: 'advertising' } },
        'signals.gpcWithheld',
        'expected a list of purpose ids, got "advertising"',
      ],
      [
        { signals: { ...signals, gpcWithheld: ['advertising', 1] } },
        'signals.gpcWithheld',
        'expected a list of purpose ids, got an array',
      ],
      [
        { signals: { gpc: false, consentMode: 'granted' } },
        'signals.consentMode',
        'expected an object of consent types, got "granted"',
      ],
      [
        { signals: { gpc: false, consentMode: { ad_storage: 'yes' } } },
        'signals.consentMode.ad_storage',
        'expected "granted" or "denied", got "yes"',
      ],
      [
        { signals: { gpc: false, consentMode: { storage: 'granted' } } },
        'signals.consentMode.storage',
        'unknown field; allowed: ad_storage, analytics_storage, ad_user_data, ad_personalization, functionality_storage, personalization_storage, security_storage',
      ],
      [{ ui: 'shown' }, 'ui', 'expected {textHash} or {noText}, got "shown"'],
      [{ ui: { noText: 'lost' } }, 'ui.noText', 'expected one of none-shown, unknown (or ui.textHash), got "lost"'],
      [{ ui: { textHash: 'XYZ' } }, 'ui.textHash', 'expected a lowercase hex SHA-256 (64 characters), got "XYZ"'],
      [{ ui: { textHash: 'a'.repeat(64), noText: 'unknown' } }, 'ui.textHash', 'unknown field; allowed: noText'],
      [{ ui: { textHash: 'a'.repeat(64), lang: 'ja' } }, 'ui.lang', 'unknown field; allowed: textHash'],
      [{ context: 'Chrome' }, 'context', 'expected {userAgent?}, got "Chrome"'],
      [{ context: { ip: '192.0.2.1' } }, 'context.ip', 'unknown field; allowed: userAgent'],
      [{ context: { userAgent: '' } }, 'context.userAgent', `expected ${TEXT}, got ""`],
      [{ previous: 'r_prev' }, 'previous', 'expected a receipt id or null, got "r_prev"'],
    ]
    for (const [patch, path, message] of cases) expect(refusal(patch), path).to.deep.equal([{ path, message }])
  })
  it('refuses a value that is not a receipt object, saying what it is', () => {
    for (const [value, got] of [
      ['sekisho-receipt/1', '"sekisho-receipt/1"'],
      [42, 'number'],
      [null, 'null'],
      [[sampleReceipt()], 'an array'],
    ])
      expect(validateReceipt(value)).to.deep.equal({
        ok: false,
        errors: [{ path: '', message: `expected a receipt object, got ${got}` }],
      })
  })
  it('reports a non-string item id as a bad id only, not as a duplicate', () => {
    expect(refusal({ services: [grant(7), grant(7)] })).to.deep.equal([
      { path: 'services[0].id', message: 'expected an id of 1–128 letters, digits, _ . : -, got number' },
      { path: 'services[1].id', message: 'expected an id of 1–128 letters, digits, _ . : -, got number' },
    ])
  })
  it('quotes a bad value of up to 40 characters whole, and the first 40 of a longer one', () => {
    const long = 'x'.repeat(40)
    expect(refusal({ jurisdiction: long })[0]!.message).to.match(new RegExp(`got "${long}"$`))
    expect(refusal({ site: 'y'.repeat(2049) })[0]!.message).to.match(new RegExp(`got "${'y'.repeat(40)}…"$`))
  })
  it('accepts optional fields left out and values at their limits', () => {
    const valid: Array<Record<string, unknown>> = [
      { policy: { revision: 'v1', language: 'ja' } },
      { policy: { ...policy, language: 'en-US' } },
      { policy: { ...policy, language: 'zh-Hant-TW' } },
      { jurisdiction: 'US-CA' },
      { signals: { gpc: true } },
      { signals: { gpc: true, gpcWithheld: ['advertising'] } },
      { previous: undefined },
      { previous: 'r_previous1' },
      { context: {} },
      { context: { userAgent: 'Mozilla/5.0' } },
      { site: 's'.repeat(2048) },
      { services: Array.from({ length: 256 }, (_, i) => grant(`s${i}`)) },
      { ui: { noText: 'unknown' } },
    ]
    for (const patch of valid) expect(refusal(patch), JSON.stringify(patch).slice(0, 80)).to.deep.equal([])
    // The collector's option, for receipts an earlier release queued with the hash of ''.
    expect(refusal({ ui: { textHash: EMPTY_TEXT_HASH } }, { emptyTextHash: true })).to.deep.equal([])
  })
})

describe('formatReceiptErrors', () => {
  it('writes one line per error, the path first when there is one', () => {
    const errors = [
      { path: '', message: 'expected a receipt object, got null' },
      { path: 'ui.noText', message: 'expected one of none-shown, unknown' },
    ]
    expect(formatReceiptErrors(errors)).to.equal(
      'expected a receipt object, got null\nui.noText: expected one of none-shown, unknown',
    )
  })
})
