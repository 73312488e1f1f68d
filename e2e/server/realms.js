// A data: frame (an opaque origin: no page script can reach into it; it inherits the page's
// policy) sends a pixel from its own Image; a blob: worker
// fetches the pixel's script and imports it with importScripts; the page imports it with a
// dynamic import(), which no script can wrap. None of them runs a single function the page's
// gate wrapped. Each reports when its attempt is over (`window.realms`), loaded or refused.
window.realms = []
addEventListener('message', (e) => window.realms.push(e.data))
var frame = document.createElement('iframe')
var html =
  '<script>var i = new Image(); i.onload = i.onerror = function () { parent.postMessage("frame", "*") };' +
  ' i.src = "https://www.facebook.com/tr/?id=from-frame"<' +
  '/script>'
frame.src = 'data:text/html,' + encodeURIComponent(html)
document.body.appendChild(frame)
var code =
  'try { importScripts("https://connect.facebook.net/en_US/fbevents.js?from=importScripts") } catch (e) {}' +
  'fetch("https://connect.facebook.net/en_US/fbevents.js?from=worker")' +
  '.catch(function () {}).then(function () { postMessage("worker") })'
var worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })))
worker.onmessage = (e) => window.realms.push(e.data)
void import('https://connect.facebook.net/en_US/fbevents.js?from=import')
  .catch(() => {})
  .then(() => window.realms.push('import'))
