// A blob: frame (same origin as the page) sends a pixel from its own Image; a blob: worker
// fetches the pixel's script. Neither runs a single function the page's gate wrapped. Each
// reports when its attempt is over (`window.realms`), loaded or refused.
window.realms = []
addEventListener('message', (e) => window.realms.push(e.data))
var frame = document.createElement('iframe')
var html =
  '<script>var i = new Image(); i.onload = i.onerror = function () { parent.postMessage("frame", "*") };' +
  ' i.src = "https://www.facebook.com/tr/?id=from-frame"<' +
  '/script>'
frame.src = URL.createObjectURL(new Blob([html], { type: 'text/html' }))
document.body.appendChild(frame)
var code =
  'fetch("https://connect.facebook.net/en_US/fbevents.js?from=worker")' +
  '.catch(function () {}).then(function () { postMessage("worker") })'
var worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })))
worker.onmessage = (e) => window.realms.push(e.data)
