// Stand-in for LINE Tag's lt.js writing the browser and session ids both plain and suffixed by a
// per-tag hash (__lt__cid, __lt__cid.<hash>, __lt__sid, __lt__sid.<hash>), as sites running the
// tag carry them; then page views and conversions to tr.line.me.
;(function () {
  ;(window.zooRan = window.zooRan || []).push('lt.js (suffixed)')
  var tagId = ''
  function hash(s) {
    for (var h = 0, i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0
    return ('0000000' + h.toString(16)).slice(-8)
  }
  function setOnce(name, value, seconds) {
    if (document.cookie.split('; ').some((c) => c.indexOf(name + '=') === 0)) return
    document.cookie = name + '=' + value + '; path=/' + (seconds ? '; max-age=' + seconds : '')
  }
  function call(command, a) {
    if (command === 'init') {
      tagId = a.tagId
      var cid = Math.random().toString(16).slice(2)
      var sid = Math.random().toString(16).slice(2, 10) + '-' + Math.random().toString(16).slice(2, 10)
      var suffix = '.' + hash(tagId)
      setOnce('__lt__cid', cid, 63072000)
      setOnce('__lt__cid' + suffix, cid, 63072000)
      setOnce('__lt__sid', sid, 1800)
      setOnce('__lt__sid' + suffix, sid, 1800)
    }
    if (command === 'send')
      new Image().src = 'https://tr.line.me/tag.gif?c_t=lap&t_id=' + tagId + '&e=' + a + '&_=' + Date.now()
  }
  var queue = window._ltq || []
  for (var i = 0; i < queue.length; i++) call.apply(null, queue[i])
  window._lt = call
})()
