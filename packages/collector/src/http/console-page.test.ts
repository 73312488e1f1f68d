// The privacy managers' page: the console's shell when its built script is there, a page saying how
// to build it when not.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { consoleHtml } from '@sekisho/console'
import { consoleAssets, consoleScriptPath } from './console-page.ts'

describe('consoleAssets', () => {
  it('serves the shell with the script when it is there, else a page saying the console is not built', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sekisho-console-'))
    try {
      const script = join(dir, 'console.js')
      writeFileSync(script, 'console.log("管理")')
      assert.deepEqual(await consoleAssets(script), { html: consoleHtml(), script: 'console.log("管理")' })
      const missing = await consoleAssets(join(dir, 'missing.js'))
      assert.deepEqual(Object.keys(missing), ['html'])
      assert.match(missing.html, /^<!doctype html>\n[^]*is not built\. Run <code>npm run build<\/code>, then reload\./)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  const built = consoleScriptPath() !== undefined
  it('finds the built script of @sekisho/console by default', { skip: !built && 'console not built' }, async () => {
    const path = consoleScriptPath()
    assert.match(path ?? '', /[/\\]console\.js$/)
    const assets = await consoleAssets()
    assert.equal(assets.html, consoleHtml())
    assert.equal(typeof assets.script, 'string')
  })
})
