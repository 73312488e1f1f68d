// Meta Pixel: its stub queues calls and injects fbevents.js.
;(function (w, d) {
  if (w.fbq) return
  var fbq = (w.fbq = function () {
    fbq.callMethod ? fbq.callMethod.apply(fbq, arguments) : fbq.queue.push(arguments)
  })
  if (!w._fbq) w._fbq = fbq
  fbq.push = fbq
  fbq.loaded = true
  fbq.version = '2.0'
  fbq.queue = []
  var t = d.createElement('script')
  t.async = true
  t.src = 'https://connect.facebook.net/en_US/fbevents.js'
  d.head.appendChild(t)
})(window, document)
fbq('init', '1234567890')
fbq('track', 'PageView')
