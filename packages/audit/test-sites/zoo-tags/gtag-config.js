// Google tag (GA4): the inline part of the snippet (gtag.js itself is a separate <script src>).
window.dataLayer = window.dataLayer || []
function gtag() {
  dataLayer.push(arguments)
}
gtag('js', new Date())
gtag('config', 'G-ZOO0000001')
