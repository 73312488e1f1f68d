// First-party: a widget that renders its markup with innerHTML, including the no-script form of
// the Google Ads remarketing tag (an image).
;(window.zooRan = window.zooRan || []).push('widget.js')
document.getElementById('widget').innerHTML =
  '<p>おすすめ商品</p><img height="1" width="1" alt="" src="https://googleads.g.doubleclick.net/pagead/viewthroughconversion/123456789/?guid=ON&amp;script=0">'
