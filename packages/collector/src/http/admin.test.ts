// What the API answers when a request is not one it serves: each refusal with its status and its words,
// the admin routes' checks of their bodies, and an internal error logged without a password.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { hashToken } from '../access/tokens.ts'
import { createCollector } from '../index.ts'
import { openSqliteStore } from '../store/sqlite.ts'
import type { ReceiptStore } from '../store/store.ts'
import { errorOf, rawRequest } from '../testing/request.ts'
import { CONSOLE_CSP } from '@sekisho/console'
import { consoleAssets } from './console-page.ts'
import { DECLARATION_BYTES } from '../export/declarations.ts'
import { sampleReceipt } from '../testing/sample.ts'

const EXPORT = 'export-token-for-admin-tests'
const ADMIN = 'admin-token-for-admin-tests'
const NOW = Date.parse('2026-11-27T10:00:00.000Z')
const json = (value: unknown) => [Buffer.from(typeof value === 'string' ? value : JSON.stringify(value))]

describe('refusals and admin bodies', () => {
  let store: ReceiptStore
  let close: () => Promise<void>
  let base = ''
  const logs: Array<Record<string, unknown>> = []
  before(async () => {
    store = openSqliteStore(':memory:')
    await store.append([{ receipt: sampleReceipt(1), receivedAt: new Date(NOW).toISOString() }])
    // The store fails one way: a lookup of this id throws an error that names a connection string.
    const failing = new Proxy(store, {
      get: (target, key) =>
        key === 'get'
          ? async (id: string) => {
              if (id === 'r_fails') throw new Error('cannot reach postgres://app:s3cret@db.internal/receipts')
              return target.get(id)
            }
          : Reflect.get(target, key),
    })
    const collector = createCollector({
      store: failing,
      port: 0,
      retentionDays: false,
      rateLimit: false,
      tokens: [
        { token: EXPORT, scope: 'export' },
        { token: ADMIN, scope: 'admin' },
      ],
      now: () => NOW,
      log: (entry) => void logs.push(entry),
    })
    base = await collector.listen()
    close = () => collector.close()
  })
  after(async () => {
    await close()
    await store.close()
  })
  const call = (method: string, path: string, token?: string, body?: Buffer[]) =>
    rawRequest(base, method, path, token ? { authorization: `Bearer ${token}` } : {}, body)
  const refused = async (res: Promise<{ status: number; body: string }>) => {
    const { status, body } = await res
    return [status, errorOf({ body })]
  }

  it('says it was started without a configured site', () => {
    assert.deepEqual(
      logs.filter((l) => l.event === 'warning').map((l) => l.message),
      ['no sites configured (--site/--origin): receipts sent without Origin are accepted for any site'],
    )
  })

  it('asks for a bearer token, and for the admin scope on admin routes', async () => {
    const res = await call('GET', '/v1/admin/events')
    assert.deepEqual(
      [res.status, res.headers['www-authenticate'], errorOf(res)],
      [401, 'Bearer', 'authorization: expected a valid bearer token'],
    )
    const scope = await call('GET', '/v1/admin/events', EXPORT)
    assert.deepEqual(
      [scope.status, scope.headers['www-authenticate'], errorOf(scope)],
      [403, undefined, 'authorization: this token has the export scope; admin needed'],
    )
    // Only a body too large closes the connection; other refusals keep it for the next request.
    assert.notEqual(scope.headers.connection, 'close')
    assert.equal((await call('GET', '/v1/admin/events', ADMIN)).status, 200)
  })

  it('names what it does not serve, and a receipt it does not hold', async () => {
    const long = `/${'x'.repeat(250)}`
    assert.deepEqual(await refused(call('GET', long)), [404, `${long.slice(0, 200)}: not found`])
    assert.deepEqual(await refused(call('DELETE', `/v1${long}`, ADMIN)), [
      404,
      `DELETE ${`/v1${long}`.slice(0, 200)}: not found`,
    ])
    assert.deepEqual(await refused(call('GET', '/v1/receipts/r_none', EXPORT)), [404, 'id: no receipt r_none'])
    assert.deepEqual(await refused(call('GET', '/v1/summary?format=xml', EXPORT)), [
      400,
      'format: expected json or csv, got "xml"',
    ])
    assert.deepEqual(await refused(call('GET', `/v1/summary?format=${'y'.repeat(150)}`, EXPORT)), [
      400,
      `format: expected json or csv, got "${'y'.repeat(100)}"`,
    ])
  })

  it('serves each route only to its own method and its whole path', async () => {
    const hash = 'a'.repeat(64)
    const elsewhere = [
      ['POST', '/'],
      ['POST', '/console.js'],
      ['POST', '/healthz'],
      ['POST', '/v1/export'],
      ['POST', '/v1/summary'],
      ['POST', '/v1/stats'],
      ['POST', '/v1/texts'],
      ['POST', '/v1/declarations'],
      ['POST', '/v1/proof-packs'],
      ['POST', '/v1/proof-packs/2026-11-01'],
      ['GET', '/v1/proof-packs/2026-11-01/x'],
      ['GET', '/x/v1/proof-packs/2026-11-01'],
      ['POST', '/v1/receipts/r_one'],
      ['GET', '/v1/receipts/r_one/x'],
      ['GET', '/x/v1/receipts/r_one'],
      ['GET', `/x/v1/texts/${hash}`],
      ['GET', '/v1/admin/purge'],
      ['GET', '/v1/admin/erase'],
      ['GET', '/v1/admin/declarations'],
      ['POST', '/v1/admin/events'],
      ['PUT', '/v1/admin/tokens'],
      ['GET', '/v1/admin/tokens/tok_1'],
      ['DELETE', '/v1/admin/tokens/tok_1/x'],
      ['DELETE', '/x/v1/admin/tokens/tok_1'],
    ]
    // Outside /v1/ the answer names the path alone.
    for (const [method, path] of elsewhere)
      assert.deepEqual(
        await refused(call(method!, path!, ADMIN)),
        [404, `${path!.startsWith('/v1/') ? `${method} ` : ''}${path}: not found`],
        `${method} ${path}`,
      )
    assert.deepEqual(await refused(call('GET', `/v1/texts/${hash}/x`, ADMIN)), [
      400,
      'hash: expected /v1/texts/ and a lowercase hex SHA-256 (64 characters)',
    ])
    assert.deepEqual(await refused(call('POST', `/v1/texts/${hash}`, ADMIN)), [
      405,
      'method: expected PUT, GET or HEAD',
    ])
  })

  it('refuses a JSON null body on each admin route by its first field, and a token body over 4 KiB as too large', async () => {
    const subject = "subject: expected the data subject's id (the receipts' subject) (1–2048 characters)"
    assert.deepEqual(await refused(call('POST', '/v1/admin/erase', ADMIN, json('null'))), [400, subject])
    assert.deepEqual(await refused(call('POST', '/v1/admin/declarations', ADMIN, json('null'))), [
      400,
      'site: expected the origin receipts name (https://www.example.jp), or * for every site',
    ])
    assert.deepEqual(await refused(call('POST', '/v1/admin/tokens', ADMIN, json('null'))), [
      400,
      'scope: expected "export" or "admin"',
    ])
    const large = await call('POST', '/v1/admin/tokens', ADMIN, json({ scope: 'export', label: 'x'.repeat(5000) }))
    assert.deepEqual([large.status, errorOf(large)], [413, 'body: at most 4096 bytes'])
  })

  it("serves the privacy managers' page under its own strict policy, and its script when built", async () => {
    const page = await call('GET', '/')
    assert.deepEqual(
      [
        page.status,
        page.headers['content-type'],
        page.headers['content-security-policy'],
        page.headers['x-content-type-options'],
      ],
      [200, 'text/html; charset=utf-8', CONSOLE_CSP, 'nosniff'],
    )
    const assets = await consoleAssets()
    assert.equal(page.body, assets.html)
    const script = await call('GET', '/console.js')
    if (assets.script === undefined)
      assert.deepEqual([script.status, errorOf(script)], [404, 'console.js: @sekisho/console is not built'])
    else
      assert.deepEqual(
        [script.status, script.headers['content-type'], script.headers['x-content-type-options'], script.body],
        [200, 'text/javascript; charset=utf-8', 'nosniff', assets.script],
      )
  })

  it('refuses a declaration body that is no JSON or too large, and a request target that is no URL', async () => {
    assert.deepEqual(await refused(call('POST', '/v1/admin/declarations', ADMIN, json('{site'))), [
      400,
      'body: expected JSON {site, revision, declaration}',
    ])
    const large = await call('POST', '/v1/admin/declarations', ADMIN, [Buffer.alloc(DECLARATION_BYTES + 1, 32)])
    assert.deepEqual([large.status, errorOf(large)], [413, `body: at most ${DECLARATION_BYTES} bytes`])
    assert.deepEqual(await refused(call('GET', '//[')), [400, 'url: malformed'])
  })

  it('reads the bearer token whatever the case of its scheme and the spaces after it, and logs who read', async () => {
    const id = sampleReceipt(1).id
    const res = await rawRequest(base, 'GET', `/v1/receipts/${id}`, { authorization: `bearer   ${EXPORT}` })
    assert.equal(res.status, 200)
    const events = JSON.parse((await call('GET', '/v1/admin/events', ADMIN)).body) as Array<{
      kind: string
      detail: any
    }>
    assert.deepEqual(
      events.filter((e) => e.kind === 'access' && e.detail.id === id).map((e) => e.detail.by),
      [`tok_${hashToken(EXPORT).slice(0, 12)}`],
    )
  })

  it('answers an internal error with no detail, and logs it without the password', async () => {
    assert.deepEqual(await refused(call('GET', '/v1/receipts/r_fails', EXPORT)), [
      500,
      'internal error; see the collector log',
    ])
    assert.deepEqual(
      logs.filter((l) => l.event === 'error'),
      [
        {
          at: new Date(NOW).toISOString(),
          event: 'error',
          message: 'cannot reach postgres://app:***@db.internal/receipts',
        },
      ],
    )
  })

  it('creates a token of a scope and label it checks, lists it without its hash, and removes it', async () => {
    const create = (body: unknown) => call('POST', '/v1/admin/tokens', ADMIN, json(body))
    assert.deepEqual(await refused(create('{scope')), [400, 'body: expected JSON {scope, label}'])
    assert.deepEqual(await refused(create({ scope: 'root', label: 'x' })), [400, 'scope: expected "export" or "admin"'])
    for (const label of ['', 'x'.repeat(201), 7])
      assert.deepEqual(await refused(create({ scope: 'export', label })), [
        400,
        'label: expected a name of 1–200 characters',
      ])
    const made = await create({ scope: 'export', label: 'x'.repeat(200) })
    assert.equal(made.status, 201)
    const token = JSON.parse(made.body) as { id: string; scope: string; label: string; token: string }
    assert.match(token.id, /^tok_[0-9a-f]{12}$/)
    assert.deepEqual([token.scope, token.label], ['export', 'x'.repeat(200)])
    assert.equal((await call('GET', '/v1/stats', token.token)).status, 200, 'the new token reads')
    assert.deepEqual(JSON.parse((await call('GET', '/v1/admin/tokens', ADMIN)).body), [
      { id: token.id, scope: 'export', label: 'x'.repeat(200), createdAt: new Date(NOW).toISOString() },
    ])
    assert.equal((await call('DELETE', `/v1/admin/tokens/${token.id}`, ADMIN)).status, 204)
    assert.equal((await call('GET', '/v1/stats', token.token)).status, 401, 'removed')
    assert.deepEqual(await refused(call('DELETE', `/v1/admin/tokens/${token.id}`, ADMIN)), [
      404,
      `id: no token ${token.id}`,
    ])
    const events = await store.events(10)
    assert.deepEqual(
      events.slice(0, 2).map((e) => [e.kind, e.detail]),
      [
        ['token-removed', { id: token.id }],
        ['token-created', { id: token.id, scope: 'export', label: 'x'.repeat(200) }],
      ],
    )
  })

  it('erases on a body it checks field by field, naming who did it', async () => {
    const erase = (body: unknown) => call('POST', '/v1/admin/erase', ADMIN, json(body))
    assert.deepEqual(await refused(erase('subject=x')), [400, 'body: expected JSON {subject, reason, by?}'])
    const subject = "subject: expected the data subject's id (the receipts' subject) (1–2048 characters)"
    const reason = 'reason: expected why, e.g. the request reference (1–2048 characters)'
    for (const [body, message] of [
      [{ reason: 'r' }, subject],
      [{ subject: '', reason: 'r' }, subject],
      [{ subject: 's', reason: 'x'.repeat(2049) }, reason],
      [{ subject: 's', reason: 'bad\u0000' }, reason],
      [{ subject: 's', reason: 'r', by: '' }, 'by: expected who carried it out (1–2048 characters)'],
    ] as const)
      assert.deepEqual(await refused(erase(body)), [400, message], JSON.stringify(body))
    const tooLong = await erase({ subject: 's', reason: 'x'.repeat(5000) })
    assert.deepEqual([tooLong.status, tooLong.headers.connection], [413, 'close'])
    const done = await erase({ subject: sampleReceipt(1).subject, reason: 'x'.repeat(2048), by: 'privacy desk' })
    assert.equal(done.status, 200)
    const by = `privacy desk (tok_${hashToken(ADMIN).slice(0, 12)})`
    assert.deepEqual(
      logs.filter((l) => l.event === 'erasure').map((l) => [l.by, l.erased]),
      [[by, 1]],
    )
  })

  it('declares the site config under its revision at start, and warns when that revision was declared otherwise', async () => {
    const store = openSqliteStore(':memory:')
    const logged: Array<Record<string, unknown>> = []
    const start = async (recipient: string) => {
      const collector = createCollector({
        store,
        port: 0,
        retentionDays: false,
        sites: { 'https://www.example.jp': {} },
        site: { services: { ga: { recipient } } },
        siteRevision: 'R',
        now: () => NOW,
        log: (entry) => void logged.push(entry),
      })
      await collector.listen()
      await collector.close()
    }
    try {
      await start('Google LLC')
      await start('Google LLC')
      assert.deepEqual(logged, [], 'the same config again is no news')
      const [stored] = await store.declarations()
      assert.deepEqual(
        [stored!.site, stored!.revision, stored!.body],
        ['*', 'R', '{"services":{"ga":{"recipient":"Google LLC"}}}'],
      )
      await start('Google Ireland')
      assert.deepEqual(logged, [
        {
          at: new Date(NOW).toISOString(),
          event: 'warning',
          message: `site config: revision "R" was declared before with other content (hash ${stored!.hash.slice(0, 12)}…); its receipts stay read against that declaration: give the changed config a new revision`,
        },
      ])
      assert.equal((await store.declarations()).length, 1)
    } finally {
      await store.close()
    }
  })
})
