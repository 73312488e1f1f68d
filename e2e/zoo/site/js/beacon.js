// First-party: the site's own scroll-depth beacon, sent as a GA4 measurement hit on page hide
// and once right away (so tests see it without leaving the page).
;(window.zooRan = window.zooRan || []).push('beacon.js')
function sendScroll() {
  navigator.sendBeacon(
    'https://region1.google-analytics.com/g/collect?v=2&tid=G-ZOO0000001&en=scroll&epn.percent=' + Math.round(scrollY),
  )
}
sendScroll()
addEventListener('pagehide', sendScroll)
