// Stand-in for Yahoo! JAPAN Ads' ytag.js with the site general tag (type ycl_cookie) as well as
// retargeting: it writes the names the real ytag.js writes (read from its public code, 2026-12-04):
// a search-ads click id `yclid=YSS.…` as cookie _ycl_aw, or _ycl_<prefix>_aw with
// ycl_cookie_prefix; a display-ads click id `yclid=YJAD.…` as cookie _ycl_yjad; the same names in
// localStorage with ycl_use_non_cookie_storage; _ts_yjad (first-seen time, ms) and, on
// retargeting, _yjsu_yjad. Values are shaped like the real ones, not the real algorithm. The real
// tag sets cookies on the site's registrable domain; on 127.0.0.1 (an IP) it would set none, so
// this one sets host cookies.
;(function () {
  ;(window.zooRan = window.zooRan || []).push('ytag.js (site general)')
  var layer = (window.yjDataLayer = window.yjDataLayer || [])
  var now = Date.now()
  function has(name) {
    return document.cookie.split('; ').some(function (c) {
      return c.indexOf(name + '=') === 0
    })
  }
  function set(name, value, ms) {
    document.cookie = name + '=' + encodeURIComponent(value) + '; path=/; max-age=' + Math.floor(ms / 1000)
  }
  function clickCookie(config) {
    var yclid = new URLSearchParams(location.search).get('yclid') || ''
    var id = yclid.split('.').slice(2).join('.')
    if (!id) return
    var name, value, ms
    if (yclid.indexOf('YJAD.') === 0) {
      name = '_ycl_yjad'
      value = 'YJAD.' + Math.round(now / 1000) + '.' + id
      ms = 63072000000
    } else if (yclid.indexOf('YSS.') === 0) {
      var prefix = config.ycl_cookie_prefix
      name = ['_ycl'].concat(prefix && /^\w+$/.test(prefix) ? [prefix] : [], ['aw']).join('_')
      value = 'GCL.' + Math.round(now / 1000) + '.' + id
      ms = 7776000000
    } else return
    if (config.ycl_use_non_cookie_storage) localStorage.setItem(name, encodeURIComponent(value))
    set(name, value, ms)
  }
  function handle(args) {
    var tag = args && args[0]
    if (!tag) return
    if (!has('_ts_yjad')) set('_ts_yjad', String(now), 63072000000)
    if (tag.type === 'ycl_cookie') clickCookie(tag.config || {})
    if (tag.type === 'yss_retargeting') {
      if (!has('_yjsu_yjad'))
        set('_yjsu_yjad', Math.floor(now / 1000) + '.' + Math.random().toString(36).slice(2), 31536000000)
      new Image().src = 'https://b97.yahoo.co.jp/pagead/conversion/' + tag.config.yahoo_sstag_id + '/?guid=ON&script=0'
    }
  }
  for (var i = 0; i < layer.length; i++) handle(layer[i])
  var push = layer.push
  layer.push = function (args) {
    handle(args)
    return push.apply(layer, arguments)
  }
  window.ytagReady = true
})()
