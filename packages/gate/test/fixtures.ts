// Shared by the gate's browser tests: services whose hosts are paths of the test server.
import type { ServiceDefinition } from '@sekisho/core'

export const BASE = '/packages/gate/test/'

/** A service `id` whose tags are tracker.js?n=id and anything under /id/ on this host. */
export const service = (id: string, purposes: string[], extra: Partial<ServiceDefinition> = {}): ServiceDefinition => ({
  id,
  purposes,
  name: id,
  recipient: id,
  country: 'US',
  data: [],
  recipientPurpose: '',
  privacyPolicyUrl: '',
  hosts: [`${location.hostname}${BASE}tracker.js?n=${id}`, `${location.hostname}/${id}/`],
  ...extra,
})

/** Whether this window (or `win`) requested a URL containing `part`. */
export const requested = (part: string, win: Window = window) =>
  win.performance
    .getEntriesByType('resource')
    .some((e) => e.name.includes(part) && (win != window || e.startTime >= since))

/** Waits until `test` holds, up to `ms` (5 s: what a loaded 2-core CI machine may take to release a
 * script; a test that holds returns at once); answers whether it does. A test expecting that nothing
 * happens passes the window it waits, `ms`. */
export const until = async (test: () => boolean | Promise<boolean>, ms = 5000) => {
  const end = performance.now() + ms
  while (!(await test()) && performance.now() < end) await new Promise((r) => setTimeout(r, 10))
  return test()
}

/** Whether the test server got a request whose URL contains `part`, waiting up to `ms` for it
 * (loads no page API records: fetchLater, speculation-rules prefetches). */
export const serverSaw = (part: string, ms = 1000) =>
  until(async () => (await (await fetch(`/__sekisho-seen?part=${encodeURIComponent(part)}`)).json()).seen, ms)

/**
 * Waits long enough for a request the page just set off to be on record (resource timing), before a
 * test asserts that it was NOT made. No event announces a request that never happens, so an absence
 * can only be checked after a wait: 50 ms is several tasks past the one the browser starts a load in.
 */
export const noLeakWindow = () => new Promise<void>((resolve) => setTimeout(resolve, 50))

/** When the page was last reset: a request started before it (an image the test before released,
 * answered late) is that test's, though its timing entry lands after the reset cleared the record. */
let since = 0
/** A clean page for the next test: nothing in the body, no request on record. */
export const resetPage = () => {
  since = performance.now()
  performance.clearResourceTimings()
  document.body.innerHTML = ''
}
