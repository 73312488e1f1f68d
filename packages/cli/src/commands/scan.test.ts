import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { chmodSync, readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { main } from '../main.ts'
import { serveStatic, type StaticServer } from '../testing/static-server.ts'
import { capture, fixtureDir } from './fixtures.ts'
import { findBrowser } from './scan-page.ts'
import type { ScanReport } from './scan-report.ts'
import { findScriptBuild } from './script-build.ts'

// The e2e tracker zoo: the tags Japanese sites paste, marked up for Sekisho or left as pasted.
const ZOO = fileURLToPath(new URL('../../../../e2e/zoo/site/', import.meta.url))
const GATE =
  /<script type="application\/json" id="sekisho-config">([\s\S]*?)<\/script>\s*<script src="\/sekisho\/sekisho\.js"><\/script>/
const zooConfig = GATE.exec(readFileSync(ZOO + 'index.html', 'utf8'))![1]!

const fixtures = fixtureDir()
after(() => rmSync(fixtures.dir, { recursive: true, force: true }))

describe('sekisho scan (Chromium, tracker zoo)', () => {
  let gated: StaticServer
  let ungated: StaticServer
  before(async () => {
    const dist = findScriptBuild()
    assert.ok(dist, 'the script-tag build is needed: run npm run build')
    gated = await serveStatic({ '/': ZOO, '/sekisho/': dist })
    // The same page as pasted without Sekisho: its config element and script tag removed.
    ungated = await serveStatic({ '/': ZOO }, (path, body) => (path === '/' ? body.replace(GATE, '') : body))
  })
  after(async () => {
    await gated?.close()
    await ungated?.close()
  })

  it('with the gate: the services are found, nothing leaks, exit 0', async () => {
    const io = capture()
    assert.equal(await main(['scan', `${gated.url}/`, '--timeout', '10000'], io), 0, io.stdout + io.stderr)
    assert.match(io.stderr, /loading http:\/\/127\.0\.0\.1:\d+\/\n.*waiting for network idle\n.*collecting/)
    assert.match(io.stdout, /^Config: from the page, revision zoo-1$/m)
    assert.match(io.stdout, /^Leaked before consent \(0\)$/m)
    assert.match(io.stdout, /^Not in the config \(0\)$/m)
    // Held before they existed: an in-house cookie never written, a pixel made by script and never attached.
    assert.match(io.stdout, /^Declared but not seen before consent \(2\): house-ads, valuecommerce$/m)
    for (const id of ['google-tag-manager', 'meta-pixel', 'tiktok-pixel', 'line-tag', 'criteo', 'a8net', 'youtube']) {
      assert.match(io.stdout, new RegExp(`^  ${id} +.+ +yes +\\S`, 'm'), id)
    }
    // The chat widget nobody declared goes through the gate; the scan names its host.
    assert.match(io.stdout, /^ {2}widget\.chat-example\.jp$/m)
  })

  it('without the gate: tracker requests, cookies and storage before consent, exit 1', async () => {
    const io = capture()
    const config = fixtures.write('zoo.json', zooConfig)
    assert.equal(
      await main(['scan', `${ungated.url}/`, '--json', '--config', config, '--timeout', '10000'], io),
      1,
      io.stderr,
    )
    const report = JSON.parse(io.stdout) as ScanReport
    assert.equal(report.config.source, 'file')
    const leaked = (kind: string) => report.leaks.filter((l) => l.kind === kind)
    const requests = new Set(leaked('request').map((l) => l.service))
    for (const id of [
      'google-tag-manager',
      'meta-pixel',
      'tiktok-pixel',
      'a8net',
      'valuecommerce',
      'criteo',
      'google-ads',
    ]) {
      assert.ok(requests.has(id), `${id} in ${[...requests]}`)
    }
    assert.ok(
      leaked('request').some((l) => l.what.startsWith('https://connect.facebook.net/en_US/fbevents.js')),
      "leaked('request').some((l) => l.what.startsWith('https://connect.facebook.net/en_US/fbevents.js'))",
    )
    // First-party scripts that write a tracker's cookie and storage key, matched through the config.
    assert.deepEqual(
      leaked('cookie').map((l) => [l.service, l.what.split(' ')[0]]),
      [['house-ads', '_house_ad']],
    )
    assert.deepEqual(
      leaked('storage').map((l) => [l.service, l.what]),
      [['house-ads', 'localStorage house_ad_seen']],
    )
    assert.deepEqual(report.notInConfig, [])
  })

  it('exits 2 on usage errors, an unreachable page, and no browser (naming what to install)', async () => {
    for (const args of [
      [],
      ['a', 'b'],
      ['ftp://x'],
      ['http://127.0.0.1/', '--timeout', 'soon'],
      ['http://127.0.0.1/', '--bogus'],
    ]) {
      const io = capture()
      assert.equal(await main(['scan', ...args], io), 2, args.join(' '))
      assert.match(io.stderr, /Usage: sekisho scan <url>/)
    }
    // A port that was just free: nothing listens there now.
    const closed = await serveStatic({})
    await closed.close()
    const down = capture()
    assert.equal(await main(['scan', `${closed.url}/`, '--timeout', '5000'], down), 2)
    assert.match(down.stderr, /could not load http:\/\/127\.0\.0\.1:\d+\/: .*ERR_CONNECTION_REFUSED/)
    const io = capture()
    assert.equal(await main(['scan', 'http://127.0.0.1/', '--browser', '/nonexistent/chromium'], io), 2)
    assert.match(
      io.stderr,
      /--browser \/nonexistent\/chromium: no such file\. No Chromium found\. Install .*apt-get install chromium/,
    )
    assert.equal(findBrowser({}, ['/nonexistent/chromium']), undefined)
    assert.equal(findBrowser({ CHROME_PATH: process.execPath }, []), process.execPath)
  })

  it('gives --timeout to the page alone: a browser slower to start than it still loads the page', async () => {
    // A busy machine's browser, as the test can make one: Chromium started 1.5 s late.
    const slow = fixtures.write('slow-chromium', `#!/bin/sh\nsleep 1.5\nexec '${findBrowser()}' "$@"\n`)
    chmodSync(slow, 0o755)
    const closed = await serveStatic({})
    await closed.close()
    const io = capture()
    assert.equal(await main(['scan', `${closed.url}/`, '--timeout', '1000', '--browser', slow], io), 2)
    // The page's own failure, not the launch's: the 1,000 ms went to loading it.
    assert.match(io.stderr, /could not load http:\/\/127\.0\.0\.1:\d+\/: .*ERR_CONNECTION_REFUSED/)
  })
})
