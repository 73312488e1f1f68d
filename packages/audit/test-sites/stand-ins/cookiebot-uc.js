// Stand-in for Cookiebot's uc.js (consent.cookiebot.com is a paid service and cannot be installed
// here). It follows what Cookiebot documents, not its code: window.Cookiebot with consent.{necessary,
// preferences,statistics,marketing}, submitCustomConsent(preferences, statistics, marketing), show,
// hide, withdraw; the dialog #CybotCookiebotDialog with #CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll
// and #CybotCookiebotDialogBodyButtonDecline; tags held as <script type="text/plain"
// data-cookieconsent="statistics"> run once their categories are granted; the choice in the
// CookieConsent cookie. It deletes no cookie on withdrawal.
;(function () {
  const consent = { necessary: true, preferences: false, statistics: false, marketing: false }
  const Cookiebot = { consent: consent, consented: false, declined: false, hasResponse: false }
  let dialog
  const stored = document.cookie.match(/(?:^|; )CookieConsent=([^;]*)/)
  if (stored)
    try {
      const saved = JSON.parse(decodeURIComponent(stored[1]))
      consent.preferences = !!saved.preferences
      consent.statistics = !!saved.statistics
      consent.marketing = !!saved.marketing
      Cookiebot.hasResponse = true
    } catch {}
  function runHeld() {
    document.querySelectorAll('script[type="text/plain"][data-cookieconsent]').forEach(function (held) {
      const needs = held.getAttribute('data-cookieconsent').split(',')
      if (
        !needs.every(function (c) {
          return consent[c.trim()]
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
  Cookiebot.show = function () {
    if (dialog) dialog.style.display = 'block'
  }
  Cookiebot.hide = function () {
    if (dialog) dialog.style.display = 'none'
  }
  Cookiebot.submitCustomConsent = function (preferences, statistics, marketing) {
    consent.preferences = !!preferences
    consent.statistics = !!statistics
    consent.marketing = !!marketing
    Cookiebot.hasResponse = true
    Cookiebot.consented = consent.preferences || consent.statistics || consent.marketing
    Cookiebot.declined = !Cookiebot.consented
    const value = JSON.stringify({
      necessary: true,
      preferences: consent.preferences,
      statistics: consent.statistics,
      marketing: consent.marketing,
      method: 'explicit',
    })
    document.cookie = 'CookieConsent=' + encodeURIComponent(value) + '; path=/; max-age=31536000; SameSite=Lax'
    Cookiebot.hide()
    runHeld()
    window.dispatchEvent(new Event(Cookiebot.consented ? 'CookiebotOnAccept' : 'CookiebotOnDecline'))
  }
  Cookiebot.withdraw = function () {
    Cookiebot.submitCustomConsent(false, false, false)
  }
  window.Cookiebot = Cookiebot
  document.addEventListener('DOMContentLoaded', function () {
    dialog = document.createElement('div')
    dialog.id = 'CybotCookiebotDialog'
    dialog.setAttribute('role', 'dialog')
    dialog.style.cssText =
      'position:fixed;bottom:0;left:0;right:0;padding:1em;background:#fff;border-top:1px solid #000'
    dialog.innerHTML =
      '<h2>This website uses cookies</h2>' +
      '<label><input type="checkbox" id="CybotCookiebotDialogBodyLevelButtonNecessary" checked disabled> Necessary</label> ' +
      '<label><input type="checkbox" id="CybotCookiebotDialogBodyLevelButtonPreferences"> Preferences</label> ' +
      '<label><input type="checkbox" id="CybotCookiebotDialogBodyLevelButtonStatistics"> Statistics</label> ' +
      '<label><input type="checkbox" id="CybotCookiebotDialogBodyLevelButtonMarketing"> Marketing</label> ' +
      '<button id="CybotCookiebotDialogBodyButtonDecline">Deny</button> ' +
      '<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button>'
    document.body.appendChild(dialog)
    dialog.querySelector('#CybotCookiebotDialogBodyButtonDecline').onclick = function () {
      Cookiebot.submitCustomConsent(false, false, false)
    }
    dialog.querySelector('#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll').onclick = function () {
      Cookiebot.submitCustomConsent(true, true, true)
    }
    if (Cookiebot.hasResponse) {
      Cookiebot.hide()
      runHeld()
    }
  })
})()
