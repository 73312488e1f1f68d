// The declaration rules on their own: every bound parseDeclaration and declarationKeyError hold, the
// per-site chains verifyDeclarations re-hashes, and which declaration a receipt is read against.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { GENESIS } from '../chain/hash.ts'
import {
  declarationHash,
  declarationKeyError,
  declarationResolver,
  parseDeclaration,
  type StoredDeclaration,
  verifyDeclarations,
} from './declarations.ts'

const errorOf = (value: unknown) => {
  const parsed = parseDeclaration(value)
  return parsed.ok ? undefined : parsed.error
}
const long = (n: number) => 'x'.repeat(n)
const NUL = 'contains U+0000 (NUL) at character 0, which no store can keep'

describe('parseDeclaration', () => {
  it('takes each field at its bounds', () => {
    const whole = {
      controller: { name: 'c', contact: long(2000), address: '', email: 'e', phone: 'p', url: 'u' },
      requiredPurposes: [long(2000)],
      consentMaxAgeDays: 3660,
      services: {
        [`a${long(63).replaceAll('x', '0')}`]: {
          recipient: 'r',
          recipientAddress: 'a',
          recipientRepresentative: 'p',
          country: 'JP',
          retention: '13 months',
          privacyPolicyUrl: 'https://r.example/privacy',
          data: ['cookie id'],
          purposes: ['analytics'],
        },
        '0-a': {},
      },
    }
    assert.deepEqual(parseDeclaration(whole), { ok: true, value: whole })
    assert.deepEqual(parseDeclaration({ consentMaxAgeDays: 1 }), { ok: true, value: { consentMaxAgeDays: 1 } })
    assert.deepEqual(parseDeclaration({}), { ok: true, value: {} })
  })

  it('names the first problem with its path and what was expected', () => {
    const cases: Array<[unknown, string]> = [
      [null, 'declaration: expected an object {controller, requiredPurposes, services}'],
      ['x', 'declaration: expected an object {controller, requiredPurposes, services}'],
      [
        { controller: {}, extra: 1 },
        'declaration.extra: not a field of a declaration (expected controller, requiredPurposes, services, consentMaxAgeDays)',
      ],
      ...[0, 3661, 1.5, '30'].map((days): [unknown, string] => [
        { consentMaxAgeDays: days },
        'declaration.consentMaxAgeDays: expected a whole number of days (1–3660)',
      ]),
      [{ controller: [] }, 'declaration.controller: expected an object {name, contact, address, …}'],
      [{ controller: { name: '' } }, "declaration.controller.name: expected the controller's name"],
      // A name that is not a text, however truthy.
      [{ controller: { name: 5 } }, "declaration.controller.name: expected the controller's name"],
      [
        { controller: { name: 'c', fax: '1' } },
        'declaration.controller.fax: not a field of a declaration (expected name, contact, address, email, phone, url)',
      ],
      [
        { controller: { name: 'c', url: long(2001) } },
        'declaration.controller.url: expected a text of up to 2000 characters',
      ],
      [
        { controller: { name: 'c', email: 5 } },
        'declaration.controller.email: expected a text of up to 2000 characters',
      ],
      [{ controller: { name: 'c', phone: '\u0000' } }, `declaration.controller.phone: ${NUL}`],
      [
        { requiredPurposes: 'necessary' },
        'declaration.requiredPurposes: expected a list of texts (1–2000 characters each)',
      ],
      [
        { requiredPurposes: [long(2001)] },
        'declaration.requiredPurposes: expected a list of texts (1–2000 characters each)',
      ],
      [
        { requiredPurposes: ['a', 3] },
        'declaration.requiredPurposes: expected a list of texts (1–2000 characters each)',
      ],
      // A list inside the list has a length too: only texts are taken.
      [
        { requiredPurposes: [['analytics']] },
        'declaration.requiredPurposes: expected a list of texts (1–2000 characters each)',
      ],
      [{ requiredPurposes: ['\u0000'] }, `declaration.requiredPurposes: ${NUL}`],
      [{ services: [] }, 'declaration.services: expected an object of service id -> service'],
      [
        { services: { [`a${long(64)}`]: {} } },
        `declaration.services.a${long(64)}: expected a service id (a-z, 0-9, -)`,
      ],
      [{ services: { '-a': {} } }, 'declaration.services.-a: expected a service id (a-z, 0-9, -)'],
      [{ services: { ga: 'x' } }, 'declaration.services.ga: expected an object {recipient, data, purposes, …}'],
      [
        { services: { ga: { cookie: 1 } } },
        'declaration.services.ga.cookie: not a field of a declaration (expected recipient, recipientAddress, recipientRepresentative, country, retention, privacyPolicyUrl, data, purposes)',
      ],
      [
        { services: { ga: { retention: 13 } } },
        'declaration.services.ga.retention: expected a text of up to 2000 characters',
      ],
      [
        { services: { ga: { country: 'us' } } },
        'declaration.services.ga.country: expected an ISO 3166-1 alpha-2 code such as "JP"',
      ],
      [
        { services: { ga: { country: 'JPN' } } },
        'declaration.services.ga.country: expected an ISO 3166-1 alpha-2 code such as "JP"',
      ],
      [{ services: { ga: { data: [] as string[], purposes: [] as string[] } } }, undefined as unknown as string],
      [
        { services: { ga: { purposes: [''] } } },
        'declaration.services.ga.purposes: expected a list of texts (1–2000 characters each)',
      ],
    ]
    for (const [value, error] of cases) assert.equal(errorOf(value), error, JSON.stringify(value))
    assert.deepEqual(parseDeclaration([], 'site'), {
      ok: false,
      error: 'site: expected an object {controller, requiredPurposes, services}',
    })
  })
})

describe('declarationKeyError', () => {
  it('takes an origin or * and a revision of 1–200 characters', () => {
    const site = 'site: expected the origin receipts name (https://www.example.jp), or * for every site'
    const revision = 'revision: expected the policy revision receipts carry (1–200 characters)'
    for (const s of ['https://www.example.jp', 'http://localhost:8080', '*'])
      assert.equal(declarationKeyError(s, long(200)), undefined, s)
    // A list whose text is an origin, and an origin with something written before it, are no origin.
    const notOrigins = [7, ['https://www.example.jp'], 'xhttps://www.example.jp', 'www.example.jp']
    for (const s of [...notOrigins, 'https://www.example.jp/', 'https://a.example?x', 'https://a .example', '**'])
      assert.equal(declarationKeyError(s, 'r'), site, String(s))
    for (const r of [undefined, '', long(201), 'r\u0000', ['r1']])
      assert.equal(declarationKeyError('*', r), revision, JSON.stringify(r))
  })
})

describe('verifyDeclarations', () => {
  const AT = '2026-11-01T00:00:00.000Z'
  /** A chain as stored: each site's rows linked in seq order. */
  const chain = (entries: Array<[site: string, revision: string]>): StoredDeclaration[] => {
    const heads = new Map<string, string>()
    return entries.map(([site, revision], i) => {
      const prevHash = heads.get(site) ?? GENESIS
      const body = `{"r":"${revision}"}`
      const hash = declarationHash(prevHash, site, revision, AT, body)
      heads.set(site, hash)
      return { seq: i + 1, site, revision, receivedAt: AT, body, prevHash, hash }
    })
  }
  const A = 'https://a.example'
  const rows = chain([
    [A, '1'],
    ['*', '1'],
    [A, '2'],
    [A, '3'],
  ])

  it('re-hashes each site’s chain in seq order, whatever order it is given in', () => {
    assert.deepEqual(verifyDeclarations([...rows].reverse()), { ok: true, checked: 4 })
    assert.deepEqual(verifyDeclarations([]), { ok: true, checked: 0 })
  })

  it('names the first row removed, inserted or edited', () => {
    assert.deepEqual(verifyDeclarations(rows.filter((r) => r.seq !== 3)), {
      ok: false,
      checked: 2,
      firstBreak: {
        site: A,
        revision: '3',
        reason: 'its previous hash is not the one before it (a row removed or inserted)',
      },
    })
    assert.deepEqual(verifyDeclarations(rows.map((r) => (r.seq === 3 ? { ...r, body: '{"r":"x"}' } : r))), {
      ok: false,
      checked: 2,
      firstBreak: { site: A, revision: '2', reason: 'its bytes do not hash to its stored hash (edited)' },
    })
  })

  it('reads a receipt against its site’s declaration of its revision, else every site’s, else the fallback', () => {
    const resolve = declarationResolver(rows, { consentMaxAgeDays: 7 })
    assert.deepEqual(resolve({ site: A, policy: { revision: '2' } }), { r: '2' })
    assert.deepEqual(resolve({ site: 'https://b.example', policy: { revision: '1' } }), { r: '1' })
    assert.deepEqual(resolve({ site: A, policy: { revision: '9' } }), { consentMaxAgeDays: 7 })
    assert.equal(declarationResolver(rows)({ site: A, policy: { revision: '9' } }), undefined)
  })
})
