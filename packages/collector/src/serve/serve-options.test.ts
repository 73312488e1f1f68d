import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { serveOptions } from './serve-options.ts'

describe('serve options', () => {
  it('reads --site and the site tokens from SEKISHO_SITE_TOKENS, never echoing a token', () => {
    const parsed = serveOptions(['--site', 'https://www.example.jp'], {
      SEKISHO_SITE_TOKENS: 'https://shop.example.jp=t0ken',
    })
    assert.ok('options' in parsed)
    assert.deepEqual(parsed.options.sites, {
      'https://www.example.jp': { origins: ['https://www.example.jp'] },
      'https://shop.example.jp': { origins: ['https://shop.example.jp'], tokens: ['t0ken'] },
    })
    assert.deepEqual(serveOptions(['--site', 'example.jp'], {}), {
      error: '--site: expected an origin like https://www.example.jp, got "example.jp"',
    })
    const bad = serveOptions([], { SEKISHO_SITE_TOKENS: 'shop=s3cret' })
    assert.ok('error' in bad && /SEKISHO_SITE_TOKENS/.test(bad.error) && !bad.error.includes('s3cret'))
  })
})
