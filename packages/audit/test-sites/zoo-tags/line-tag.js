// LINE Tag: its loader injects lt.js (http pages use d.line-cdn.net).
;(function (g, d) {
  g._ltq = g._ltq || []
  g._lt =
    g._lt ||
    function () {
      g._ltq.push(arguments)
    }
  var h = location.protocol === 'https:' ? 'https://d.line-scdn.net' : 'http://d.line-cdn.net'
  var s = d.createElement('script')
  s.async = 1
  s.src = h + '/n/line_tag/public/release/v1/lt.js'
  d.head.appendChild(s)
})(window, document)
_lt('init', { customerType: 'lap', tagId: 'zoo-line-tag-id' })
_lt('send', 'pv', ['zoo-line-tag-id'])
