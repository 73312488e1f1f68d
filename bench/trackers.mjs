// The tracker set every bench page carries, and the local stand-ins Playwright answers for them.
// Each stand-in behaves like the real tag in what the bench counts: it sets the tag's cookies and
// sends its collection request to the tag's own host.

/** Tracker snippets as site owners paste them (ids are fake). */
export const GA_ID = 'G-BENCH12345'
export const GTAG_SRC = `https://www.googletagmanager.com/gtag/js?id=${GA_ID}`
export const GTAG_INLINE = `window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', '${GA_ID}');`
export const PIXEL_ID = '1234567890'
export const META_PIXEL_INLINE = `!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;
n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '${PIXEL_ID}');
fbq('track', 'PageView');`
export const AFFILIATE_SRC = 'https://px.a8.net/a8fly/earnings?a8mat=BENCH+0001&pid=s00000000001'
/** Injected by the site's own script after load: gates that only see markup cannot hold it. */
export const DYNAMIC_SRC = 'https://d.line-scdn.net/n/line_tag/public/release/v1/lt.js'

/** The first-party script that injects a tracker after load (served at /app.js). */
export const APP_JS = `addEventListener('load', function () {
  setTimeout(function () {
    var s = document.createElement('script')
    s.async = true
    s.src = '${DYNAMIC_SRC}'
    document.head.appendChild(s)
    window.__benchInjected = true
  }, 0)
})
`

/**
 * The bench site's host name, resolved to the 127.0.0.1 server by Chromium's host resolver rules: a
 * production name, as a deployed site has (Sekisho treats localhost and 127.0.0.1 as development hosts).
 */
export const SITE_HOST = 'shop.example'

/** Hosts that count as trackers: any request to one is a tracker request. */
export const TRACKER_HOSTS = [
  'www.googletagmanager.com',
  'www.google-analytics.com',
  'connect.facebook.net',
  'www.facebook.com',
  'px.a8.net',
  'd.line-scdn.net',
  'tr.line.me',
]

/** Cookie names the stand-ins set (first-party through document.cookie, third-party by Set-Cookie). */
export const TRACKER_COOKIE = /^(_ga|_ga_.*|_fbp|__lt__cid|a8)$/

const cookieLine = (name, value) =>
  `document.cookie = '${name}=' + ${value} + '; Path=/; Max-Age=34560000; SameSite=Lax'`

// Stand-in bodies keyed by host + path prefix.
const GTAG_JS = `(function () {
  var dl = window.dataLayer = window.dataLayer || []
  var denied = dl.some(function (a) { return a && a[0] === 'consent' && a[2] && a[2].analytics_storage === 'denied' })
  if (!denied) { ${cookieLine('_ga', "'GA1.1.' + Date.now()")}; ${cookieLine('_ga_' + GA_ID.slice(2), "'GS1.1.' + Date.now()")} }
  fetch('https://www.google-analytics.com/g/collect?v=2&tid=${GA_ID}&en=page_view&dl=' + encodeURIComponent(location.href), { method: 'POST', mode: 'no-cors', keepalive: true })
})()`
const FBEVENTS_JS = `(function () {
  var q = (window.fbq && window.fbq.queue) || []
  ${cookieLine('_fbp', "'fb.1.' + Date.now() + '.1'")}
  q.forEach(function (args) {
    if (args[0] === 'track') new Image().src = 'https://www.facebook.com/tr/?id=${PIXEL_ID}&ev=' + args[1] + '&dl=' + encodeURIComponent(location.href)
  })
})()`
const LT_JS = `(function () {
  ${cookieLine('__lt__cid', "'lt' + Date.now()")}
  new Image().src = 'https://tr.line.me/tag.gif?e=pv&dl=' + encodeURIComponent(location.href)
})()`
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

/**
 * What a request leaving the site gets: a tracker host its stand-in (CORS open, as the real tags
 * answer), any other host nothing (undefined: abort it).
 * @param {URL} url @returns {{ headers: Record<string, string>, body: string | Buffer } | undefined}
 */
export function standIn(url) {
  if (!TRACKER_HOSTS.includes(url.hostname)) return undefined
  const answer = (type, body, headers = {}) => ({
    headers: { 'access-control-allow-origin': '*', 'content-type': type, ...headers },
    body,
  })
  const js = (body) => answer('text/javascript', body)
  if (url.hostname === 'www.googletagmanager.com' && url.pathname === '/gtag/js') return js(GTAG_JS)
  if (url.hostname === 'connect.facebook.net') return js(FBEVENTS_JS)
  if (url.hostname === 'd.line-scdn.net') return js(LT_JS)
  if (url.hostname === 'px.a8.net')
    return answer('image/gif', GIF, {
      'set-cookie': `a8=${Date.now()}; Path=/; Max-Age=7776000; SameSite=None; Secure`,
    })
  return answer('image/gif', GIF) // collection endpoints
}

/**
 * Routes every request leaving the site: tracker hosts get a stand-in, anything else is aborted.
 * @param {import('playwright-core').BrowserContext} context
 * @param {(request: { url: string, at: number }) => void} onTrackerRequest
 */
export async function routeTrackers(context, onTrackerRequest) {
  await context.route(
    (url) => url.hostname !== SITE_HOST,
    async (route) => {
      const url = new URL(route.request().url())
      const answer = standIn(url)
      if (!answer) return route.abort('blockedbyclient')
      onTrackerRequest({ url: url.href, at: Date.now() })
      await route.fulfill({ status: 200, ...answer })
    },
  )
}

/**
 * Tracker cookies in the context: `firstParty` on the site (what a consent manager can delete) and
 * `thirdParty` on tracker hosts (no page script can delete those; they only leak with a request).
 * @param {import('playwright-core').BrowserContext} context
 */
export async function trackerCookies(context) {
  const all = (await context.cookies()).filter((c) => TRACKER_COOKIE.test(c.name))
  const name = (c) => `${c.name}@${c.domain}`
  return {
    firstParty: all.filter((c) => c.domain === SITE_HOST).map(name),
    thirdParty: all.filter((c) => c.domain !== SITE_HOST).map(name),
  }
}
