// First-party: an in-house ad script that remembers the visitor in a cookie and localStorage.
;(window.zooRan = window.zooRan || []).push('ad-cookie.js')
document.cookie = '_house_ad=' + Math.random().toString(36).slice(2) + '; path=/; max-age=31536000'
localStorage.setItem('house_ad_seen', String(Date.now()))
