// Test fixture: a collector on a fresh store of one kind, started before a suite's tests and
// stopped (store closed, schema dropped) after them.
import { after, before } from 'node:test'
import { createCollector, type Collector, type CollectorOptions } from '../http/server.ts'
import type { ReceiptStore } from '../store/store.ts'
import type { StoreKind } from './sample.ts'

/** Call inside `describe`; read `store`, `collector` and `base` in the tests. */
export function collectorOn(kind: StoreKind, options: Omit<CollectorOptions, 'store'> = {}) {
  const running = {} as { store: ReceiptStore; collector: Collector; base: string }
  before(async () => {
    running.store = await kind.open()
    running.collector = createCollector({
      port: 0,
      rateLimit: false,
      retentionDays: false,
      now: () => Date.parse('2026-11-01T12:00:00.000Z'),
      log: () => {},
      ...options,
      store: running.store,
    })
    running.base = await running.collector.listen()
  })
  after(async () => {
    await running.collector.close()
    await running.store.close()
    await kind.cleanup()
  })
  return running
}
