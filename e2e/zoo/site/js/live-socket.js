// First-party bundle code of a session-recording tool (Hotjar's shape): it streams the visit over a
// websocket to the vendor from the site's own script, so no tag of the vendor's is there to hold.
// Loaded only by the zoo's websocket scenario. Records what became of its socket.
;(window.zooRan = window.zooRan || []).push('live-socket.js')
const socket = new WebSocket('wss://ws.hotjar.com/api/v2/client/ws')
socket.onopen = () => {
  zooRan.push('socket open')
  socket.send(JSON.stringify({ type: 'page', url: location.href }))
}
socket.onclose = (event) => zooRan.push('socket closed ' + event.code)
