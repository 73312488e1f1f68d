import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { SERVE_USAGE, serveOptions } from './serve-options.ts'

describe('serve options', () => {
  it('reads --site and the site tokens from SEKISHO_SITE_TOKENS, never echoing a token', () => {
    const parsed = serveOptions(['--site', 'https://www.example.jp'], {
      SEKISHO_SITE_TOKENS: 'https://shop.example.jp=t0ken',
    })
    assert.ok('options' in parsed, JSON.stringify(parsed))
    assert.deepEqual(parsed.options.sites, {
      'https://www.example.jp': { origins: ['https://www.example.jp'] },
      'https://shop.example.jp': { origins: ['https://shop.example.jp'], tokens: ['t0ken'] },
    })
    assert.deepEqual(serveOptions(['--site', 'example.jp'], {}), {
      error: '--site: expected an origin like https://www.example.jp, got "example.jp"',
    })
    const bad = serveOptions([], { SEKISHO_SITE_TOKENS: 'shop=s3cret' })
    assert.ok(
      'error' in bad && /SEKISHO_SITE_TOKENS/.test(bad.error) && !bad.error.includes('s3cret'),
      JSON.stringify(bad),
    )
  })

  it('without flags: SQLite in .data, 127.0.0.1:8787, no site, no token, the default retention and rate limit', () => {
    assert.deepEqual(serveOptions([], {}), {
      options: {
        sqlite: '.data/receipts.sqlite',
        host: '127.0.0.1',
        port: 8787,
        allowedOrigins: [],
        sites: {},
        tokens: [],
      },
    })
  })

  it('reads every flag, and a postgres URL as the database', () => {
    const argv = [
      ...['--db', 'postgresql://collector@db.internal/receipts', '--schema', 'sekisho'],
      ...['--host', '0.0.0.0', '--port', '9000', '--origin', 'http://localhost:3000'],
      ...['--retention-days', '0.5', '--no-rate-limit'],
      ...['--anchors', 'anchors.jsonl', '--anchor-url', 'https://anchors.example/sekisho'],
    ]
    assert.deepEqual(serveOptions(argv, {}), {
      options: {
        databaseUrl: 'postgresql://collector@db.internal/receipts',
        schema: 'sekisho',
        host: '0.0.0.0',
        port: 9000,
        allowedOrigins: ['http://localhost:3000'],
        sites: {},
        tokens: [],
        retentionDays: 0.5,
        rateLimit: false,
        anchors: { file: 'anchors.jsonl', post: { url: 'https://anchors.example/sekisho' } },
      },
    })
    const anchorsOnly = serveOptions(['--anchors', 'anchors.jsonl'], {})
    assert.ok('options' in anchorsOnly, JSON.stringify(anchorsOnly))
    assert.deepEqual(anchorsOnly.options.anchors, { file: 'anchors.jsonl' })
  })

  it('takes the database from DATABASE_URL when --db is absent, and --db over it', () => {
    const fromEnv = (env: Record<string, string>, argv: string[] = []) => {
      const parsed = serveOptions(argv, env)
      assert.ok('options' in parsed, JSON.stringify(parsed))
      const { databaseUrl, sqlite } = parsed.options
      return { databaseUrl, sqlite }
    }
    assert.deepEqual(fromEnv({ DATABASE_URL: 'postgres://localhost/test' }), {
      databaseUrl: 'postgres://localhost/test',
      sqlite: undefined,
    })
    assert.deepEqual(fromEnv({ DATABASE_URL: 'postgres://localhost/test' }, ['--db', 'x.sqlite']), {
      databaseUrl: undefined,
      sqlite: 'x.sqlite',
    })
    // Only a URL that starts with the scheme is PostgreSQL: a file may be named after it.
    assert.deepEqual(fromEnv({}, ['--db', 'backup-of-postgres://x']), {
      databaseUrl: undefined,
      sqlite: 'backup-of-postgres://x',
    })
    assert.deepEqual(fromEnv({}, ['--db', 'postgresx://x']), { databaseUrl: undefined, sqlite: 'postgresx://x' })
  })

  it('reads export and admin tokens, comma-separated, from the environment (process.env by default)', () => {
    const env = { SEKISHO_EXPORT_TOKENS: 'e1,,e2,', SEKISHO_ADMIN_TOKENS: 'a1' }
    const expected = [
      { token: 'e1', scope: 'export' },
      { token: 'e2', scope: 'export' },
      { token: 'a1', scope: 'admin' },
    ]
    const parsed = serveOptions([], env)
    assert.ok('options' in parsed, JSON.stringify(parsed))
    assert.deepEqual(parsed.options.tokens, expected)
    const saved = { ...process.env }
    Object.assign(process.env, env)
    try {
      const fromProcess = serveOptions([])
      assert.ok('options' in fromProcess, JSON.stringify(fromProcess))
      assert.deepEqual(fromProcess.options.tokens, expected)
    } finally {
      for (const name of Object.keys(env))
        if (saved[name] === undefined) delete process.env[name]
        else process.env[name] = saved[name]
    }
  })

  it('gathers several tokens of one site, beside its --site origins, from entries with empty ones between', () => {
    const parsed = serveOptions(['--site', 'https://shop.example.jp'], {
      SEKISHO_SITE_TOKENS: 'https://shop.example.jp=t1,,https://shop.example.jp=t2,https://b.example:8443=x=y,',
    })
    assert.ok('options' in parsed, JSON.stringify(parsed))
    assert.deepEqual(parsed.options.sites, {
      'https://shop.example.jp': { origins: ['https://shop.example.jp'], tokens: ['t1', 't2'] },
      // The last = splits: a site never holds one, a token may.
      'https://b.example:8443=x': { origins: ['https://b.example:8443=x'], tokens: ['y'] },
    })
  })

  it('refuses a site token entry without =, without a token or for no origin, naming the site only', () => {
    const error = (entry: string, site: string) =>
      assert.deepEqual(serveOptions([], { SEKISHO_SITE_TOKENS: entry }), {
        error: `SEKISHO_SITE_TOKENS: expected https://site.example=TOKEN entries, got one for "${site}"`,
      })
    error('https://a.example=', 'https://a.example')
    error('https://a.example/=tok', 'https://a.example/')
    error('tok', 'to')
    // Without =, the entry is refused even when all but its last character is an origin.
    error('https://a.exampleX', 'https://a.example')
  })

  it('answers help for -h and --help, and names a flag it does not know', () => {
    assert.deepEqual(serveOptions(['-h'], {}), { help: true })
    assert.match(SERVE_USAGE, /^Usage: sekisho serve \[--db FILE\|postgres:\/\/…\]/)
    assert.deepEqual(serveOptions(['--help', '--port', 'x'], {}), { help: true })
    const unknown = serveOptions(['--prot', '1'], {})
    assert.ok('error' in unknown && unknown.error.includes("'--prot'"), JSON.stringify(unknown))
  })

  it('takes ports 0 to 65535 as whole numbers only', () => {
    const port = (value: string) => {
      const parsed = serveOptions([`--port=${value}`], {})
      return 'options' in parsed ? parsed.options.port : 'error' in parsed ? parsed.error : parsed
    }
    assert.equal(port('0'), 0)
    assert.equal(port('65535'), 65535)
    for (const value of ['65536', '-1', '80.5', 'http'])
      assert.equal(port(value), `--port: expected 0–65535, got "${value}"`)
  })

  it('takes a positive number of retention days only', () => {
    for (const value of ['0', '-3', 'ten'])
      assert.deepEqual(serveOptions([`--retention-days=${value}`], {}), {
        error: `--retention-days: expected a positive number of days, got "${value}"`,
      })
  })

  it('refuses an origin with a path, a space or no scheme, naming the flag', () => {
    for (const origin of [
      'https://a.example/',
      'https://a.example/x',
      'https://a .example',
      'ftp://a.example',
      'xhttps://a.example',
    ])
      assert.deepEqual(serveOptions(['--origin', 'https://ok.example', '--origin', origin], {}), {
        error: `--origin: expected an origin like https://www.example.jp, got "${origin}"`,
      })
    assert.ok(
      'options' in serveOptions(['--site', 'http://127.0.0.1:8080'], {}),
      "'options' in serveOptions(['--site', 'http://127.0.0.1:8080'], {})",
    )
  })

  it('refuses --anchor-url without --anchors, or one that is not https', () => {
    assert.deepEqual(serveOptions(['--anchor-url', 'https://anchors.example'], {}), {
      error: '--anchor-url: needs --anchors FILE (the signing key is kept beside it)',
    })
    assert.deepEqual(serveOptions(['--anchors', 'a.jsonl', '--anchor-url', 'http://anchors.example'], {}), {
      error:
        '--anchor-url: expected an https:// URL (http:// only for 127.0.0.1 or localhost), got "http://anchors.example"',
    })
  })
})
