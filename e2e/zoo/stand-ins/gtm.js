// Stand-in for a Google Tag Manager container (gtm.js): fires gtm.load and, like a container with
// a GA4 tag in it, injects gtag.js for its measurement id.
;(function () {
  ;(window.zooRan = window.zooRan || []).push('gtm.js')
  var dataLayer = (window.dataLayer = window.dataLayer || [])
  dataLayer.push({ event: 'gtm.load' })
  dataLayer.push(['config', 'G-GTMTAG01'])
  var tag = document.createElement('script')
  tag.async = true
  tag.src = 'https://www.googletagmanager.com/gtag/js?id=G-GTMTAG01'
  document.head.appendChild(tag)
})()
