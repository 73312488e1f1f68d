// kill -9 during ingest: every receipt the collector acknowledged (202) is stored, and the chain verifies.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { verifyChain } from '../chain/verify.ts'
import { openStore } from '../store/open.ts'
import { sampleReceipt, storeKinds } from '../testing/sample.ts'

const BIN = fileURLToPath(new URL('../bin.ts', import.meta.url))

/** Starts the collector as a child and resolves its URL from the `listening` line. */
function start(args: string[]) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', BIN, '--port', '0', '--no-rate-limit', ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const url = new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
      const match = /listening (\S+)/.exec(out)
      if (match) resolve(match[1]!)
    })
    child.once('exit', (code) => reject(new Error(`collector exited with ${code} before listening`)))
  })
  return { child, url }
}

for (const kind of await storeKinds()) {
  describe(`kill -9 during ingest on ${kind.name}`, { skip: kind.skip }, () => {
    after(() => kind.cleanup())
    it('loses nothing acknowledged', async () => {
      const setup = await kind.open()
      await setup.close()
      const args = kind.cliArgs()
      const { child, url } = start(args)
      const base = await url
      const acknowledged: string[] = []
      let next = 0
      let killed = false
      // Four senders post batches of 10 until the server dies under them.
      const sender = async () => {
        while (true) {
          const batch = Array.from({ length: 10 }, () => sampleReceipt(next++))
          try {
            const res = await fetch(`${base}/v1/receipts`, { method: 'POST', body: JSON.stringify(batch) })
            if (res.status === 202) acknowledged.push(...((await res.json()) as { accepted: string[] }).accepted)
          } catch {
            if (killed) return
            throw new Error('request failed before the kill')
          }
        }
      }
      let failure: unknown
      const senders = Promise.all(Array.from({ length: 4 }, sender)).catch((error) => void (failure = error))
      while (acknowledged.length < 300 && failure === undefined) await new Promise((r) => setImmediate(r))
      killed = child.kill('SIGKILL')
      await senders
      assert.equal(failure, undefined)
      assert.ok(acknowledged.length >= 300, 'acknowledged.length >= 300')
      const store = await openStore(args[1]!, args[3] ? { schema: args[3] } : {})
      try {
        const missing = []
        for (const id of acknowledged) if (!(await store.get(id))) missing.push(id)
        assert.deepEqual(missing, [])
        const report = await verifyChain(store)
        assert.equal(report.ok, true)
        assert.ok(report.checked >= acknowledged.length, 'report.checked >= acknowledged.length')
      } finally {
        await store.close()
      }
    })
  })
}
