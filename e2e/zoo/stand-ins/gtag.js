// Stand-in for Google's gtag.js (GA4 and Google Ads share it). Like the real tag it runs once per
// page whatever id loaded it, replays and then follows window.dataLayer, honours Consent Mode
// (analytics_storage / ad_storage), sets _ga, _ga_<id> and _gcl_au, and sends its hits.
;(function () {
  var ran = (window.zooRan = window.zooRan || [])
  ran.push('gtag.js?id=' + new URL(document.currentScript.src).searchParams.get('id'))
  if (window.google_tag_data) return
  window.google_tag_data = {}
  var dataLayer = (window.dataLayer = window.dataLayer || [])
  var consent = {}
  var now = Date.now()
  var client = Math.floor(Math.random() * 1e9) + '.' + Math.floor(now / 1000)
  function setCookie(name, value) {
    if (
      document.cookie.split('; ').some(function (c) {
        return c.indexOf(name + '=') === 0
      })
    )
      return
    document.cookie = name + '=' + value + '; path=/; max-age=63072000; SameSite=Lax'
  }
  function gcs() {
    return 'G1' + (consent.ad_storage === 'denied' ? '0' : '1') + (consent.analytics_storage === 'denied' ? '0' : '1')
  }
  function handle(command) {
    if (!command || typeof command[0] !== 'string') return
    var name = command[0],
      id = command[1],
      params = command[2] || {}
    if (name === 'consent') for (var key in params) consent[key] = params[key]
    if (name === 'config' && /^G-/.test(id)) {
      if (consent.analytics_storage !== 'denied') {
        setCookie('_ga', 'GA1.1.' + client)
        setCookie('_ga_' + id.slice(2), 'GS1.1.' + Math.floor(now / 1000) + '.1.0')
      }
      navigator.sendBeacon(
        'https://region1.google-analytics.com/g/collect?v=2&tid=' +
          id +
          '&gcs=' +
          gcs() +
          '&en=page_view&dl=' +
          encodeURIComponent(location.href),
      )
    }
    if (name === 'config' && /^AW-/.test(id)) {
      if (consent.ad_storage !== 'denied') setCookie('_gcl_au', '1.1.' + client)
      new Image().src =
        'https://googleads.g.doubleclick.net/pagead/viewthroughconversion/' +
        id.slice(3) +
        '/?gcs=' +
        gcs() +
        '&random=' +
        now
    }
    if (name === 'event' && id === 'conversion' && params.send_to) {
      var parts = String(params.send_to).slice(3).split('/')
      new Image().src =
        'https://www.googleadservices.com/pagead/conversion/' + parts[0] + '/?label=' + parts[1] + '&gcs=' + gcs()
    }
  }
  for (var i = 0; i < dataLayer.length; i++) handle(dataLayer[i])
  var push = dataLayer.push
  dataLayer.push = function () {
    for (var j = 0; j < arguments.length; j++) handle(arguments[j])
    return push.apply(dataLayer, arguments)
  }
})()
