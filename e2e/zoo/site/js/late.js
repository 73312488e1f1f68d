// First-party: injects Criteo's loader once the page has loaded, as tag snippets often do.
;(window.zooRan = window.zooRan || []).push('late.js')
addEventListener('load', function () {
  var s = document.createElement('script')
  s.async = true
  s.src = 'https://static.criteo.net/js/ld/ld.js?a=12345'
  document.body.appendChild(s)
})
