// deletes() against Chromium's own cookie jar: whether the browser deleted a cookie a string sets
// is what deletes() must answer, or the gate lets a tracker cookie through as a "deletion" (or
// holds a real deletion, the harmless side).
import { expect } from 'chai'
import { cookieDate, deletes, pathOf } from './storage.ts'

const PAST = 'Thu, 01 Jan 1970 00:00:00 GMT'
const FUTURE = new Date(Date.now() + 86_400_000).toUTCString()
/** The attributes each case adds to `probe=v`, as pages and trackers spell them. */
const CASES = [
  'Max-Age=0',
  'max-age=-1',
  'MAX-AGE = 0',
  'Max-Age=0100',
  'Max-Age=100',
  'Max-Age=0; Max-Age=100',
  'Max-Age=100; Max-Age=0',
  'Max-Age=0; Max-Age=x',
  'Max-Age=+5',
  'Max-Age=1e3',
  'Max-Age=',
  'Max-Age',
  'Max-Age=0; Max-Age',
  'Max-Age=0; Max-Age=',
  `expires=${PAST}`,
  `Expires = ${PAST}`,
  `expires=${FUTURE}`,
  `expires=${PAST}; Max-Age=100`,
  `Max-Age=100; expires=${PAST}`,
  `Max-Age=0; expires=${FUTURE}`,
  `expires=${FUTURE}; expires=${PAST}`,
  `expires=${PAST}; expires=${FUTURE}`,
  `expires=${PAST}; expires=garbage`,
  `expires=${PAST}; expires`,
  'expires=Thu, 01 Jan 69 00:00:00 GMT',
  'expires=Thu, 01 Jan 70 00:00:00 GMT',
  'expires=Thu, 01 Jan 1600 00:00:00 GMT',
  'expires=Thu, 31 Feb 2000 00:00:00 GMT',
  'expires=Thu, 01 Jan 2000 24:00:00 GMT',
  'expires=Thu, 01 January 2000 00:00:00 GMT',
  'expires=2000-01-01T00:00:00Z',
  'expires=Sat, 01 Jan 2000 00:00:00 +0900',
  'expires=Thu, 01-Jan-1970 00:00:01 GMT',
  'expires=1970',
  'expires=0',
  'expires=1 Jan 1970',
  'expires=Jan 1 1970 00:00:00',
  'expires=garbage',
  // Each part of a date out of range, missing or spelled in a way the parser must refuse.
  'expires=Thu, 01 Jan 1970 00:60:00 GMT',
  'expires=Thu, 01 Jan 1970 00:00:60 GMT',
  'expires=Thu, 01 Jan 1970 25:00:00 GMT',
  'expires=Thu, 00 Jan 1970 00:00:00 GMT',
  'expires=Thu, 32 Jan 1970 00:00:00 GMT',
  'expires=Thu, 01 Anf 1970 00:00:00 GMT',
  'expires=Thu, 01 Xyz 1970 00:00:00 GMT',
  'expires=Thu, 1st Jan 1970 00:00:00 GMT',
  'expires=Thu, 01 Jan 19701 00:00:00 GMT',
  'expires=Thu, 01 Jan 99 00:00:00 GMT',
  'expires=Thu, 01 Jan 1970',
  'expires=00:00:00 Jan 1970',
  'expires=Thu, 01 Jan 00:00:00 GMT',
  'expires=1970 Jan 01 00:00:00',
  'expires=Thu,01Jan1970 00:00:00 GMT',
  'Max-Age=5x',
  'Max-Age=-0',
  'Max-Age= 0 ',
  'Path=/; Max-Age=0',
  '',
  // A Max-Age that is no number leaves the Expires to decide; parts glued to other characters,
  // too-short month names, and a second month or year after the first.
  `expires=${PAST}; Max-Age=x5`,
  `expires=${PAST}; Max-Age=5x`,
  'expires=Thu, 01 Jan 1970 x00:00:00 GMT',
  'expires=Thu, 01 Jan 1970 00:00:00x GMT',
  'expires=Thu, 01 ja 1970 00:00:00 GMT',
  'expires=31 Jan 1970 00:00:00 Feb',
  'expires=01 Jan 1970 00:00:00 2099',
  'expires=01 Jan x99 1970 00:00:00',
  'expires=01 Jan 1970x 00:00:00',
]
/** Cases the gate reads more strictly than Chromium: no date where the browser finds one. The
 * stricter side only ever holds a deletion as a write (harmless: the gate erases held cookies
 * itself); it never lets a write pass as a deletion. */
const STRICTER = ['expires=Thu, 01 Jan 1970 00:00:001 GMT']

describe('deletes: a cookie string read as Chromium reads it', () => {
  it('says "deletes" exactly when the browser deletes the cookie, or (a few named cases) holds it as a write, for every spelling listed', () => {
    const wrong = [...CASES, ...STRICTER].filter((attributes) => {
      const text = `probe=v; ${attributes}; Path=/`
      document.cookie = 'probe=old; Path=/'
      document.cookie = text
      const deleted = !document.cookie.split('; ').some((c) => c.startsWith('probe='))
      document.cookie = 'probe=; Max-Age=0; Path=/'
      return STRICTER.includes(attributes) ? deletes(text) && !deleted : deletes(text) != deleted
    })
    expect(wrong).to.deep.equal([])
  })

  it('reads the first pair as the cookie, never as an attribute: a cookie named Max-Age or Expires is written', () => {
    const wrong = ['max-age=0', `expires=${PAST}`, 'Max-Age=-1; Path=/'].filter((text) => {
      const name = text.split('=')[0]!
      document.cookie = `${name}=old; Path=/`
      document.cookie = text
      const deleted = !document.cookie.split('; ').some((c) => c.startsWith(`${name}=`))
      document.cookie = `${name}=; Max-Age=0; Path=/`
      return deletes(text) != deleted
    })
    expect(wrong).to.deep.equal([])
  })
})

describe('pathOf and cookieDate: the parts of a cookie string the gate keeps', () => {
  it('finds the Path however it is spaced or spelled, the first one, and none in a value', () => {
    const texts = [
      'a=1; Path=/x',
      'a=1;path=/x/y',
      'a=1; PATH = /x ; Secure',
      'a=1; Path=/x; Path=/y',
      'a=1',
      'a=path=/x',
    ]
    expect(texts.map(pathOf)).to.deep.equal(['/x', '/x/y', '/x', '/x', undefined, undefined])
  })

  it('reads a cookie-date in any order of its parts, two-digit years as RFC 6265 says', () => {
    const dates = [
      'Thu, 01 Jan 1970 00:00:01 GMT',
      '00:00:01 1970 Jan 1',
      'Wed, 09-Jun-21 10:18:14 GMT',
      'Jun 9 99 10:18:14',
    ]
    expect(dates.map(cookieDate)).to.deep.equal([
      1000,
      1000,
      Date.UTC(2021, 5, 9, 10, 18, 14),
      Date.UTC(1999, 5, 9, 10, 18, 14),
    ])
    // No time, no day, a day past the month's last, an hour past 23: no date.
    const none = ['Jan 1970', '00:00:00 Jan 1970', 'Thu, 31 Feb 2000 00:00:00', 'Thu, 01 Jan 2000 24:00:00']
    expect(none.map(cookieDate)).to.deep.equal([Number.NaN, Number.NaN, Number.NaN, Number.NaN])
  })
})
