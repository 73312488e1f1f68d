// The access rules on their own: which sites a request may write (Origin or site token), and which
// scope a bearer token grants.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { openSqliteStore } from '../store/sqlite.ts'
import { siteAccess } from './sites.ts'
import { createTokenCheck, generateToken, hashToken } from './tokens.ts'

const SITE = 'https://www.example.jp'
const SHOP = 'https://shop.example.jp'

describe('siteAccess', () => {
  it('unconfigured: a page writes for its own origin only, a server for any site', () => {
    const access = siteAccess()
    assert.deepEqual([access.configured, [...access.origins]], [false, []])
    assert.equal(access.forRequest(SITE, undefined)(SITE), undefined)
    assert.equal(
      access.forRequest(SITE, undefined)(SHOP),
      `expected the sending page's origin ${SITE} (or a configured site listing it)`,
    )
    assert.equal(access.forRequest(undefined, undefined)(SHOP), undefined)
    assert.equal(siteAccess({}).configured, false)
    assert.equal(siteAccess({}, []).origins.size, 0)
  })

  it('gathers the origins of sites and allowed origins; a site without origins is its own', () => {
    const access = siteAccess({ [SITE]: { origins: ['https://example.jp'] }, [SHOP]: {} }, [
      SITE,
      'https://old.example',
    ])
    assert.equal(access.configured, true)
    assert.deepEqual([...access.origins].sort(), ['https://example.jp', 'https://old.example', SHOP, SITE])
    assert.equal(siteAccess({}, [SITE]).configured, true)
    // Configured: a page writes only for the sites that list its origin, its own included only so.
    const page = access.forRequest('https://example.jp', undefined)
    assert.deepEqual([page(SITE), page('https://example.jp') !== undefined], [undefined, true])
    assert.equal(access.forRequest(SITE, undefined)(SITE), undefined, 'an allowed origin that is also a site')
    assert.equal(access.forRequest('https://old.example', undefined)('https://old.example'), undefined)
    assert.equal(access.forRequest('https://old.example', undefined)(SITE) !== undefined, true)
  })

  it('without Origin: configured sites only, and a site with tokens only with its own token', () => {
    const sites = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((s) => [`https://${s}.example`, {}]))
    const access = siteAccess({ ...sites, [SHOP]: { tokens: ['shop-token', 'shop-token-2'] } })
    const server = access.forRequest(undefined, undefined)
    assert.equal(server('https://a.example'), undefined)
    assert.equal(
      server('https://evil.example'),
      'expected a configured site (sent without an Origin header, from https://a.example, https://b.example, https://c.example, https://d.example, https://e.example)',
    )
    assert.equal(
      server(SHOP),
      'this site takes receipts without an Origin header only with its token (Authorization: Bearer …)',
    )
    for (const authorization of ['Bearer shop-token', 'bearer   shop-token-2 ', 'Bearer\tshop-token']) {
      const withToken = access.forRequest(undefined, authorization)
      assert.equal(withToken(SHOP), undefined, authorization)
      assert.equal(withToken('https://a.example'), `expected ${SHOP}, the site of the presented token`)
    }
    for (const authorization of ['Bearer guess', 'Bearer shop-token2'])
      assert.equal(
        access.forRequest(undefined, authorization)(SHOP),
        'authorization: the token is not a site token',
        authorization,
      )
    // What is no bearer token at all is a request without one.
    for (const authorization of [
      'Basic c2hvcA==',
      'Bearer',
      'Bearershop-token',
      'Bearer shop-token x',
      'xBearer shop-token',
    ]) {
      assert.equal(access.forRequest(undefined, authorization)('https://a.example'), undefined, authorization)
      assert.match(access.forRequest(undefined, authorization)(SHOP) ?? '', /only with its token/, authorization)
    }
  })

  it('a token two sites share names the first of them', () => {
    const access = siteAccess({ [SITE]: { tokens: ['shared'] }, [SHOP]: { tokens: ['shared'] } })
    assert.equal(
      access.forRequest(undefined, 'Bearer shared')(SHOP),
      `expected ${SITE}, the site of the presented token`,
    )
  })
})

describe('createTokenCheck', () => {
  it('grants the scope of a configured or stored token, admin over export for the same token', async () => {
    const store = openSqliteStore(':memory:')
    try {
      const stored = generateToken()
      assert.match(stored, /^sk_[A-Za-z0-9_-]{43}$/)
      assert.notEqual(generateToken(), stored)
      await store.addToken({ id: 'tok_1', hash: hashToken(stored), scope: 'export', label: '', createdAt: '' })
      // A malformed stored hash is no match, not an error.
      await store.addToken({ id: 'tok_2', hash: 'abcd', scope: 'admin', label: '', createdAt: '' })
      const check = createTokenCheck(store, [
        { token: 'both', scope: 'admin' },
        { token: 'both', scope: 'export' },
        { token: 'reader', scope: 'export' },
      ])
      assert.equal(await check(`Bearer ${stored}`), 'export')
      assert.equal(await check('bearer  reader '), 'export')
      assert.equal(await check('Bearer both'), 'admin')
      await store.addToken({ id: 'tok_3', hash: hashToken('reader'), scope: 'admin', label: '', createdAt: '' })
      assert.equal(await check('Bearer reader'), 'admin')
      for (const authorization of [
        undefined,
        '',
        'Basic both',
        'Bearer',
        'Bearer both x',
        'xBearer both',
        'Bearer bot',
      ])
        assert.equal(await check(authorization), undefined, authorization)
      assert.equal(await createTokenCheck(store)('Bearer both'), undefined)
    } finally {
      await store.close()
    }
  })
})
