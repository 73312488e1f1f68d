// Stand-in for Meta Pixel's fbevents.js: takes over the fbq stub's queue, sets _fbp on init
// and sends each tracked event to www.facebook.com/tr as an image request.
;(function () {
  ;(window.zooRan = window.zooRan || []).push('fbevents.js')
  var fbq = window.fbq
  var pixel = ''
  var fbp = 'fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e10)
  fbq.callMethod = function (command, a) {
    if (command === 'init') {
      pixel = a
      if (document.cookie.indexOf('_fbp=') < 0)
        document.cookie = '_fbp=' + fbp + '; path=/; max-age=7776000; SameSite=Lax'
    }
    if (command === 'track')
      new Image().src =
        'https://www.facebook.com/tr/?id=' +
        pixel +
        '&ev=' +
        a +
        '&fbp=' +
        fbp +
        '&dl=' +
        encodeURIComponent(location.href)
  }
  var queue = fbq.queue.splice(0)
  for (var i = 0; i < queue.length; i++) fbq.callMethod.apply(fbq, queue[i])
})()
