// Stand-in for the TikTok pixel's events.js: replays the ttq stub, sets _ttp, keeps a session id
// in sessionStorage like the real SDK and posts events to analytics.tiktok.com.
;(function () {
  ;(window.zooRan = window.zooRan || []).push('tiktok events.js')
  var ttq = window.ttq
  var sdk = new URL(document.currentScript.src).searchParams.get('sdkid')
  if (document.cookie.indexOf('_ttp=') < 0)
    document.cookie = '_ttp=' + Math.random().toString(36).slice(2) + '; path=/; max-age=34190000'
  sessionStorage.setItem('tt_sessionId', String(Date.now()))
  function send(event) {
    fetch('https://analytics.tiktok.com/api/v2/pixel', {
      method: 'POST',
      keepalive: true,
      body: JSON.stringify({ event: event, context: { pixel: { code: sdk }, page: { url: location.href } } }),
    }).catch(function () {})
  }
  ttq.page = function () {
    send('Pageview')
  }
  ttq.track = function (event) {
    send(event)
  }
  var queue = ttq.splice(0)
  for (var i = 0; i < queue.length; i++) if (ttq[queue[i][0]]) ttq[queue[i][0]].apply(ttq, queue[i].slice(1))
})()
