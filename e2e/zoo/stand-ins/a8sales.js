// Stand-in for A8.net's a8sales.js (older sites document.write it): keeps the affiliate click id
// in the first-party _a8_s cookie like the real script.
;(function () {
  ;(window.zooRan = window.zooRan || []).push('a8sales.js')
  var click = new URLSearchParams(location.search).get('a8') || 'organic'
  document.cookie = '_a8_s=' + encodeURIComponent(click) + '; path=/; max-age=7776000'
})()
