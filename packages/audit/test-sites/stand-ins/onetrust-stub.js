// Stand-in for OneTrust's otSDKStub.js (cdn.cookielaw.org is a paid service and cannot be installed
// here). It follows what OneTrust documents, not its code: window.OneTrust with AllowAll, RejectAll,
// UpdateConsent('Category', 'C0002:1,…'), GetDomainData().Groups, OnConsentChanged; the active groups
// in window.OnetrustActiveGroups (",C0001,C0002,"); the banner #onetrust-banner-sdk with
// #onetrust-accept-btn-handler and #onetrust-reject-all-handler; tags held as <script
// type="text/plain" class="optanon-category-C0002"> run once their group is active; the choice in
// the OptanonConsent and OptanonAlertBoxClosed cookies. It deletes no cookie on withdrawal.
;(function () {
  const GROUPS = ['C0001', 'C0002', 'C0003', 'C0004']
  const NAMES = {
    C0001: 'Strictly Necessary Cookies',
    C0002: 'Performance Cookies',
    C0003: 'Functional Cookies',
    C0004: 'Targeting Cookies',
  }
  let active = { C0001: true }
  let banner
  const listeners = []
  const stored = document.cookie.match(/(?:^|; )OptanonConsent=([^;]*)/)
  const decided = /(?:^|; )OptanonAlertBoxClosed=/.test(document.cookie)
  if (stored && decided) {
    const groups = /(?:^|&)groups=([^&]*)/.exec(decodeURIComponent(stored[1]))
    if (groups)
      decodeURIComponent(groups[1])
        .split(',')
        .forEach(function (g) {
          const parts = g.split(':')
          if (parts[1] === '1') active[parts[0]] = true
        })
  }
  function publish() {
    window.OnetrustActiveGroups =
      ',' +
      GROUPS.filter(function (g) {
        return active[g]
      }).join(',') +
      ','
  }
  function runHeld() {
    document.querySelectorAll('script[type="text/plain"][class*="optanon-category-"]').forEach(function (held) {
      const needs = (held.className.match(/optanon-category-([\w-]+)/) || [])[1].split('-')
      if (
        !needs.every(function (g) {
          return active[g]
        })
      )
        return
      const script = document.createElement('script')
      for (let i = 0; i < held.attributes.length; i++) {
        const a = held.attributes[i]
        if (a.name !== 'type') script.setAttribute(a.name, a.value)
      }
      script.async = held.hasAttribute('async')
      script.text = held.text
      held.replaceWith(script)
    })
  }
  function save() {
    publish()
    const groups = GROUPS.map(function (g) {
      return g + ':' + (active[g] ? 1 : 0)
    }).join(',')
    document.cookie =
      'OptanonConsent=' +
      encodeURIComponent('isGpcEnabled=0&datestamp=' + new Date().toISOString() + '&groups=' + groups) +
      '; path=/; max-age=31536000; SameSite=Lax'
    document.cookie = 'OptanonAlertBoxClosed=' + new Date().toISOString() + '; path=/; max-age=31536000; SameSite=Lax'
    if (banner) banner.style.display = 'none'
    runHeld()
    listeners.forEach(function (fn) {
      fn()
    })
    window.dispatchEvent(
      new CustomEvent('OneTrustGroupsUpdated', { detail: window.OnetrustActiveGroups.split(',').filter(Boolean) }),
    )
  }
  window.OneTrust = {
    AllowAll: function () {
      GROUPS.forEach(function (g) {
        active[g] = true
      })
      save()
    },
    RejectAll: function () {
      active = { C0001: true }
      save()
    },
    UpdateConsent: function (type, value) {
      if (type !== 'Category') return
      String(value)
        .split(',')
        .forEach(function (g) {
          const parts = g.split(':')
          if (parts[0] !== 'C0001') active[parts[0]] = parts[1] === '1'
        })
      save()
    },
    GetDomainData: function () {
      return {
        Groups: GROUPS.map(function (g) {
          return { CustomGroupId: g, GroupName: NAMES[g] }
        }),
      }
    },
    OnConsentChanged: function (fn) {
      listeners.push(fn)
    },
  }
  publish()
  document.addEventListener('DOMContentLoaded', function () {
    if (decided) return runHeld()
    const sdk = document.createElement('div')
    sdk.id = 'onetrust-consent-sdk'
    banner = document.createElement('div')
    banner.id = 'onetrust-banner-sdk'
    banner.setAttribute('role', 'region')
    banner.style.cssText =
      'position:fixed;bottom:0;left:0;right:0;padding:1em;background:#fff;border-top:1px solid #000'
    banner.innerHTML =
      '<p id="onetrust-policy-text">We use cookies to improve your experience.</p>' +
      '<button id="onetrust-reject-all-handler">Reject All</button> ' +
      '<button id="onetrust-accept-btn-handler">Accept All Cookies</button>'
    sdk.appendChild(banner)
    document.body.appendChild(sdk)
    banner.querySelector('#onetrust-accept-btn-handler').onclick = window.OneTrust.AllowAll
    banner.querySelector('#onetrust-reject-all-handler').onclick = window.OneTrust.RejectAll
  })
})()
