// Stand-in for Criteo's loader (ld.js): sets cto_bundle in a cookie and localStorage and sends
// the visit event to sslwidget.criteo.com.
;(function () {
  ;(window.zooRan = window.zooRan || []).push('criteo ld.js')
  var bundle = Math.random().toString(36).slice(2)
  document.cookie = 'cto_bundle=' + bundle + '; path=/; max-age=33696000'
  localStorage.setItem('cto_bundle', bundle)
  new Image().src = 'https://sslwidget.criteo.com/event?a=12345&v=5&p0=e%3Dvh&cb=' + Date.now()
})()
