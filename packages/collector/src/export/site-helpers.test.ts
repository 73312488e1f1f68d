// site.ts's helpers on their own. Local times in exports: zonedText's hour and offset caches against the
// zone's formatter asked afresh for every time (fast-check, bounded), in zones with DST, half- and
// quarter-hour offsets, before 1900 and after 9999 (the formatter alone), each time written as stores
// and people write it. Which granted services an APPI record lists as provided on consent.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { consentedServices, formatted, zoned, zonedText, zoneFormat } from './site.ts'

const ZONES = [
  'Asia/Tokyo',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'America/St_Johns',
  'Pacific/Chatham',
  'UTC',
]
const HOUR = 3_600_000

/** What the zone's formatter says of `ms`, from a formatter no cache has seen. */
const reference = (ms: number, timeZone: string) => formatted(ms, zoneFormat(timeZone))

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `ms` as an ISO time written another way: with a UTC offset, or without its milliseconds. */
function written(ms: number, form: 'canonical' | 'offset' | 'seconds'): string {
  const iso = new Date(ms).toISOString()
  if (form === 'canonical') return iso
  if (form === 'seconds') return `${iso.slice(0, 19)}Z`
  const d = new Date(ms + 9 * HOUR)
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
  return `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}+09:00`
}

describe('zonedText', () => {
  it('says what the zone’s formatter says, whatever its caches hold, in every zone and form', () => {
    // Runs of times within an hour or two (the caches' unit), around DST switches and 1970, in any zone.
    const run = fc.record({
      zone: fc.constantFrom(...ZONES),
      hour: fc.oneof(
        fc.integer({ min: -613_000, max: 70_000 }), // 1900–1977
        fc.integer({ min: 490_000, max: 500_000 }), // 2025–2027, DST switches in both hemispheres
      ),
      times: fc.array(
        fc.record({
          within: fc.integer({ min: -HOUR, max: 2 * HOUR - 1 }),
          form: fc.constantFrom('canonical' as const, 'offset' as const, 'seconds' as const),
        }),
        { minLength: 1, maxLength: 8 },
      ),
    })
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 6 }), (runs) => {
        for (const { zone, hour, times } of runs)
          for (const { within, form } of times) {
            const iso = written(hour * HOUR + within, form)
            assert.equal(zonedText(iso, zone), reference(Date.parse(iso), zone), `${iso} in ${zone}`)
          }
      }),
      { numRuns: 300 },
    )
  })

  it('asks the formatter twice per UTC hour, and for every time of an hour with a switch; parses a known hour’s canonical times not at all', () => {
    const real = Intl.DateTimeFormat.prototype.formatToParts
    const parse = Date.parse
    let asked = 0
    let parsed = 0
    Intl.DateTimeFormat.prototype.formatToParts = function (this: Intl.DateTimeFormat, date) {
      asked++
      return real.call(this, date)
    }
    Date.parse = (text: string) => (parsed++, parse(text))
    try {
      // Zones no other test here uses, so that nothing is cached for them yet.
      const times = (from: number, count: number, form: 'canonical' | 'offset') =>
        Array.from({ length: count }, (_, n) => written(from + n * 1000, form))
      const summer = Date.UTC(2026, 6, 1, 5)
      for (const iso of times(summer, 600, 'canonical')) zonedText(iso, 'America/Chicago')
      // A canonical time of a known whole-hour hour is not even parsed: the first one, and each offset.
      assert.equal(parsed, 1 + 2)
      for (const iso of times(summer + 600_000, 600, 'offset')) zonedText(iso, 'America/Chicago')
      assert.equal(asked, 2, 'its first and last second, then the hour or its offset from the caches')
      // The next hour's offset is asked for, the first hour's is still known.
      for (const iso of [...times(summer + HOUR, 2, 'offset'), ...times(summer + 1000, 2, 'offset')])
        zonedText(iso, 'America/Chicago')
      assert.equal(asked, 4)
      // 02:00 CST became 03:00 CDT at 08:00 UTC, an hour's edge: the hour before holds one offset throughout.
      for (const iso of times(Date.UTC(2026, 2, 8, 7, 50), 10, 'canonical')) zonedText(iso, 'America/Chicago')
      assert.equal(asked, 6)
      asked = 0
      // Adelaide's 2026-10-04 02:00 (+9:30) becomes 03:00 (+10:30) at 16:30 UTC, inside a UTC hour: its
      // first and last second disagree, and every time of that hour is formatted.
      for (const iso of times(Date.UTC(2026, 9, 3, 16, 25), 10, 'canonical')) zonedText(iso, 'Australia/Adelaide')
      assert.equal(asked, 2 + 10)
    } finally {
      Intl.DateTimeFormat.prototype.formatToParts = real
      Date.parse = parse
    }
  })

  it('takes the formatter outside 1900–9999, and a canonical hour only as toISOString writes it', () => {
    const cases = [
      // The first second of 2026-03-08 03:00 EDT and the last of 01:59 EST, in the same UTC hour twice.
      ['2026-03-08T06:59:59.999Z', 'America/New_York', '2026-03-08 01:59:59'],
      ['2026-03-08T07:00:00.000Z', 'America/New_York', '2026-03-08 03:00:00'],
      ['2026-03-08T06:30:00.000Z', 'America/New_York', '2026-03-08 01:30:00'],
      // Lord Howe moves by half an hour; Chatham is 13:45 ahead in its summer.
      ['2026-10-03T15:30:00.000Z', 'Australia/Lord_Howe', '2026-10-04 02:30:00'],
      ['2026-01-01T00:00:00.000Z', 'Pacific/Chatham', '2026-01-01 13:45:00'],
      // `T24` is the next day's midnight; it must not become the hour `T24` of the day it names.
      ['2026-11-01T24:00:00.000Z', 'Asia/Tokyo', '2026-11-02 09:00:00'],
      ['2026-11-01T23:30:00.000Z', 'Asia/Tokyo', '2026-11-02 08:30:00'],
      // Outside 1900–9999 the formatter's years are not toISOString's: it is asked itself.
      ['0001-01-01T00:00:00.000Z', 'UTC', '1-01-01 00:00:00'],
      ['+010000-01-01T00:00:00.000Z', 'UTC', '10000-01-01 00:00:00'],
      ['1969-12-31T23:59:59.500Z', 'Asia/Tokyo', '1970-01-01 08:59:59'],
    ] as const
    for (const [iso, zone, expected] of cases) {
      assert.equal(zonedText(iso, zone), expected, `${iso} in ${zone}`)
      assert.equal(zonedText(iso, zone), expected, `${iso} in ${zone}, asked again`)
    }
    assert.deepEqual(zoned('2026-11-01T00:00:00.000Z', 'Asia/Tokyo'), ['2026-11-01', '09:00:00'])
    assert.throws(() => zonedText('2026-11-01T00:00:00.000Z', 'Mars/Olympus'), RangeError)
  })
})

describe('consentedServices', () => {
  it('lists a granted service only if some purpose it declares is asked for and none is required', () => {
    const site = {
      services: {
        ga: { purposes: ['analytics'] },
        mixed: { purposes: ['necessary', 'analytics'] },
        none: { purposes: [] as string[] },
        gtm: { purposes: ['necessary'] },
      },
    }
    const services = ['ga', 'mixed', 'none', 'gtm', 'undeclared'].map((id) => ({ id, granted: true }))
    const receipt = (analytics: boolean) => ({
      purposes: [
        { id: 'necessary', granted: true },
        { id: 'analytics', granted: analytics },
      ],
      services,
    })
    // An undeclared service counts only when some purpose that is not required was granted.
    assert.deepEqual(consentedServices(receipt(true), site), ['ga', 'undeclared'])
    assert.deepEqual(consentedServices(receipt(false), site), ['ga'])
    assert.deepEqual(consentedServices({ ...receipt(true), services: [{ id: 'ga', granted: false }] }, site), [])
  })
})
