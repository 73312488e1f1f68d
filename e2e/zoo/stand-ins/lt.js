// Stand-in for LINE Tag's lt.js: replays the _lt queue, sets __lt__cid on init and sends page
// views and conversions to tr.line.me.
;(function () {
  ;(window.zooRan = window.zooRan || []).push('lt.js')
  var tagId = ''
  function call(command, a) {
    if (command === 'init') {
      tagId = a.tagId
      if (document.cookie.indexOf('__lt__cid=') < 0)
        document.cookie = '__lt__cid=' + Math.random().toString(16).slice(2) + '; path=/; max-age=63072000'
    }
    if (command === 'send')
      new Image().src = 'https://tr.line.me/tag.gif?c_t=lap&t_id=' + tagId + '&e=' + a + '&_=' + Date.now()
  }
  var queue = window._ltq || []
  for (var i = 0; i < queue.length; i++) call.apply(null, queue[i])
  window._lt = call
})()
