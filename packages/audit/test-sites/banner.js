// A home-made cookie banner, as many small sites write one: two buttons, the choice in a cookie.
// Each test site passes what "accept" and "reject" do (some of them wrong on purpose).
window.homemadeBanner = function (onAccept, onReject) {
  var decided = document.cookie.match(/(?:^|; )choice=(\w+)/)
  if (decided) return decided[1] === 'yes' ? onAccept() : onReject()
  var banner = document.createElement('div')
  banner.style.cssText = 'position:fixed;bottom:0;left:0;right:0;padding:1em;background:#fff;border-top:1px solid #000'
  banner.innerHTML =
    window.bannerMarkup ||
    '<p>Cookieを使用します。</p><button id="yes">すべて同意</button> <button id="no">すべて拒否</button>'
  document.body.appendChild(banner)
  var choose = function (value, then) {
    document.cookie = 'choice=' + value + '; path=/'
    banner.remove()
    then()
  }
  banner.querySelector('#yes').onclick = function () {
    choose('yes', onAccept)
  }
  var no = banner.querySelector('#no')
  if (no)
    no.onclick = function () {
      choose('no', onReject)
    }
}
window.loadGtag = function () {
  var s = document.createElement('script')
  s.async = true
  s.src = 'https://www.googletagmanager.com/gtag/js?id=G-TEST123'
  document.head.appendChild(s)
  window.dataLayer = window.dataLayer || []
  window.gtag = function () {
    window.dataLayer.push(arguments)
  }
  window.gtag('js', new Date())
  window.gtag('config', 'G-TEST123')
}
