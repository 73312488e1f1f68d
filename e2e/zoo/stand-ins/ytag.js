// Stand-in for Yahoo! JAPAN Ads' ytag.js: follows window.yjDataLayer, sets _yjsu_yjad on
// retargeting and sends the retargeting hit to b97.yahoo.co.jp.
;(function () {
  ;(window.zooRan = window.zooRan || []).push('ytag.js')
  var layer = (window.yjDataLayer = window.yjDataLayer || [])
  function handle(args) {
    var tag = args && args[0]
    if (!tag || tag.type !== 'yss_retargeting') return
    if (document.cookie.indexOf('_yjsu_yjad=') < 0)
      document.cookie =
        '_yjsu_yjad=' +
        Math.floor(Date.now() / 1000) +
        '.' +
        Math.random().toString(36).slice(2) +
        '; path=/; max-age=31536000'
    new Image().src = 'https://b97.yahoo.co.jp/pagead/conversion/' + tag.config.yahoo_sstag_id + '/?guid=ON&script=0'
  }
  for (var i = 0; i < layer.length; i++) handle(layer[i])
  var push = layer.push
  layer.push = function (args) {
    handle(args)
    return push.apply(layer, arguments)
  }
  window.ytagReady = true
})()
