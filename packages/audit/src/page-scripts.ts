// Code that runs inside the audited page. Kept as source text because transpilers (tsx's keepNames)
// wrap functions in helpers the page lacks (the same reason as scan's READ_PAGE in @sekisho/cli).

/**
 * Installed before any page script: records every `dataLayer` entry in order, with whether a
 * Google tag had already run (`google_tag_data` exists) when it arrived. gtag.js replaces
 * `dataLayer.push` with its own, so `push` is an accessor that keeps recording through any replacement.
 */
export const RECORD_DATALAYER = `(() => {
  const log = []
  window.__sekishoAudit = { dataLayer: log }
  const plain = (value) => { try { return JSON.parse(JSON.stringify(value)) } catch { return String(value) } }
  const record = (item) => {
    const args = Object.prototype.toString.call(item) === '[object Arguments]' || Array.isArray(item)
    log.push({ entry: plain(args ? Array.from(item) : item), tagRan: !!window.google_tag_data })
  }
  const watch = (list) => {
    if (!list || typeof list !== 'object' || list.__sekishoAudit) return list
    for (const item of list) record(item)
    // Each assigned push gets its own recording wrapper. Tags keep the old push and call it from
    // theirs, so one push can pass through several wrappers: only the outermost records.
    let depth = 0
    const wrap = (fn) => function (...items) {
      if (depth === 0) for (const item of items) record(item)
      depth++
      try { return fn.apply(this, items) } finally { depth-- }
    }
    let wrapped = wrap(list.push)
    Object.defineProperty(list, '__sekishoAudit', { value: true })
    Object.defineProperty(list, 'push', { configurable: true, get: () => wrapped, set: (fn) => { wrapped = wrap(fn) } })
    return list
  }
  let current
  Object.defineProperty(window, 'dataLayer', { configurable: true, get: () => current, set: (v) => { current = watch(v) } })
})()`

/**
 * The storage of the realm it runs in (the page, or one of its frames): Web Storage keys and IndexedDB
 * database names (`indexedDB.databases()`), with the realm's origin. An area the realm may not open
 * (a sandboxed frame, an opaque origin) counts as empty.
 */
export const READ_STORAGE = `(async () => {
  const keys = (area) => { try { return Object.keys(window[area]).map((name) => ({ name, area })) } catch { return [] } }
  let databases = []
  try { databases = (await indexedDB.databases()).map((d) => ({ name: d.name, area: 'indexedDB' })) } catch {}
  return [...keys('localStorage'), ...keys('sessionStorage'), ...databases].map((k) => ({ ...k, origin: location.origin }))
})()`

/** Global Privacy Control on, as browsers that support it expose it (navigator.globalPrivacyControl, GPC spec §4). */
export const GPC_SIGNAL = `Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { configurable: true, get: () => true })`

/** Finds the consent manager, its first-layer buttons, pre-ticked boxes, the notice link and same-page links. */
export const INSPECT = `(() => {
  const ACCEPT = /^(すべて(に)?同意(する)?|全て(に)?同意(する)?|すべて許可(する)?|同意(する)?|同意して閉じる|accept all( cookies)?|accept( cookies)?|allow all( cookies)?|agree)$/i
  const REJECT = /^(すべて拒否(する)?|全て拒否(する)?|拒否(する)?|同意しない|必要なもののみ|reject all( cookies)?|reject|decline( all)?|deny( all)?|only necessary)$/i
  const deep = (root, selector, out = []) => {
    root.querySelectorAll(selector).forEach((e) => out.push(e))
    root.querySelectorAll('*').forEach((e) => { if (e.shadowRoot) deep(e.shadowRoot, selector, out) })
    return out
  }
  const visible = (e) => {
    const r = e.getBoundingClientRect(); const s = getComputedStyle(e)
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'
  }
  const text = (e) => (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ')
  const find = (re) => {
    const all = deep(document, 'button,[role=button],a,input[type=button],input[type=submit]').filter((e) => visible(e) && re.test(text(e)))
    const rank = (e) => (/all|すべて|全て/i.test(text(e)) ? 0 : 1)
    return all.sort((a, b) => rank(a) - rank(b))[0]
  }
  let cmp = 'none'
  let root
  if (window.sekisho && typeof window.sekisho.acceptAll === 'function') { cmp = 'sekisho'; root = document.querySelector('sekisho-banner')?.shadowRoot }
  else if (window.CookieConsent && typeof window.CookieConsent.acceptCategory === 'function') { cmp = 'vanilla-cookieconsent'; root = document.getElementById('cc-main') }
  else if (window.klaro && typeof window.klaro.getManager === 'function') { cmp = 'klaro'; root = document.querySelector('.klaro') }
  // Orejime 3 keeps its instance in window.orejime (README "API"); the banner is .orejime-Banner.
  else if (window.orejime && window.orejime.manager && typeof window.orejime.manager.acceptAll === 'function') { cmp = 'orejime'; root = document.querySelector('.orejime-Banner') }
  // c15t's runtime puts its store on window.c15tStore (its default namespace); c15t draws no banner
  // of its own without React, so the root is the site's banner, found from its accept button below.
  else if (window.c15tStore && typeof window.c15tStore.getState === 'function' && typeof window.c15tStore.getState().saveConsents === 'function') cmp = 'c15t'
  // Cookiebot's uc.js builds window.Cookiebot (developer docs) and its dialog #CybotCookiebotDialog.
  else if (window.Cookiebot && typeof window.Cookiebot.submitCustomConsent === 'function') { cmp = 'cookiebot'; root = document.getElementById('CybotCookiebotDialog') }
  // OneTrust's otBannerSdk.js builds window.OneTrust; its banner is #onetrust-banner-sdk.
  else if (window.OneTrust && typeof window.OneTrust.AllowAll === 'function') { cmp = 'onetrust'; root = document.getElementById('onetrust-banner-sdk') }
  const accept = find(ACCEPT)
  const reject = find(REJECT)
  if (cmp === 'none' && (accept || reject)) cmp = 'generic'
  if (!root && accept) {
    root = accept.getRootNode() instanceof ShadowRoot ? accept.getRootNode() : accept
    for (let e = accept; e && e !== document.body; e = e.parentElement) {
      root = e
      const s = getComputedStyle(e)
      if (s.position === 'fixed' || s.position === 'sticky' || e.getAttribute('role') === 'dialog' || e.tagName === 'DIALOG') break
    }
  }
  const label = (e) => (e.labels && e.labels[0] ? text(e.labels[0]) : '') || e.getAttribute('aria-label') || e.name || e.id || 'checkbox'
  const preTicked = root
    ? deep(root, 'input[type=checkbox],[role=switch],[role=checkbox]')
        .filter((e) => (e.matches('input') ? e.checked && !e.disabled : e.getAttribute('aria-checked') === 'true' && e.getAttribute('aria-disabled') !== 'true'))
        .map(label)
    : []
  const mark = (e, name) => { if (e) e.setAttribute('data-sekisho-audit', name) }
  mark(accept, 'accept'); mark(reject, 'reject')
  const notice = !!document.querySelector('[data-sekisho-notice]') ||
    Array.from(document.querySelectorAll('a')).some((a) => /外部送信|external transmission/i.test(a.textContent || ''))
  const baked = window.__sekishoConfig
  return {
    cmp,
    accept: accept ? text(accept) : undefined,
    reject: reject ? text(reject) : undefined,
    preTicked,
    notice,
    links: Array.from(document.querySelectorAll('a[href]'), (a) => a.href),
    configText: baked ? JSON.stringify(baked) : document.getElementById('sekisho-config')?.textContent ?? undefined,
  }
})()`

/**
 * The external-transmission notice as rendered: the text of Sekisho's embeds (\`[data-sekisho-notice]\`,
 * their shadow roots included) when the page has one; else, on a page the notice link led to, the
 * whole page's text; else where the page's notice link points.
 */
export const noticeText = (whole: boolean) => `(() => {
  const embeds = Array.from(document.querySelectorAll('[data-sekisho-notice]'))
  if (embeds.length)
    return { text: embeds.map((e) => (e.shadowRoot ? e.shadowRoot.textContent : '') + ' ' + e.textContent).join('\\n') }
  if (${whole}) return { text: document.body ? document.body.innerText : '' }
  const link = Array.from(document.querySelectorAll('a[href]')).find((a) => /外部送信|external transmission/i.test(a.textContent || ''))
  return link ? { href: link.href } : {}
})()`

/** Clicks the button INSPECT marked (searching open shadow roots too). */
const clickMarked = (name: string) => `(() => {
  const deep = (root) => root.querySelector('[data-sekisho-audit="${name}"]') ||
    Array.from(root.querySelectorAll('*')).map((e) => e.shadowRoot && deep(e.shadowRoot)).find(Boolean)
  const button = deep(document)
  if (!button) return false
  button.click()
  return true
})()`

export type Decision = 'accept' | 'reject' | 'withdraw' | 'custom'

/** Clicks the consent manager's own first-layer button when it is shown, else calls its API (no banner: a stored decision). */
const buttonOrApi = (selector: string, api: string) => `(() => {
  const button = document.querySelector('${selector}')
  if (button && button.getClientRects().length) button.click()
  else ${api}
  return true
})()`

/**
 * Reads what the consent manager itself recorded, as { purpose or category: granted } for the
 * purposes a visitor may refuse (required ones left out), so a decision that did not take is seen.
 */
export const CONSENT_STATE: Record<string, string> = {
  sekisho: `(() => {
    const s = window.sekisho
    return Object.fromEntries(s.config.purposes.filter((p) => !p.required).map((p) => [p.id, s.isGranted(p.id)]))
  })()`,
  'vanilla-cookieconsent': `(() => {
    const categories = window.CookieConsent.getConfig('categories') || {}
    const accepted = window.CookieConsent.getUserPreferences().acceptedCategories || []
    return Object.fromEntries(Object.keys(categories).filter((c) => !categories[c].readOnly).map((c) => [c, accepted.includes(c)]))
  })()`,
  klaro: `(() => {
    const m = window.klaro.getManager()
    return Object.fromEntries(m.config.services.filter((s) => !s.required).map((s) => [s.name, !!m.consents[s.name]]))
  })()`,
  orejime: `(() => {
    const o = window.orejime
    return Object.fromEntries(o.config.purposes.flatMap((p) => p.purposes || [p]).filter((p) => !p.isMandatory).map((p) => [p.id, !!o.manager.getConsent(p.id)]))
  })()`,
  // The site's categories only (c15t records every known type); 'necessary' cannot be refused.
  c15t: `(() => {
    const state = window.c15tStore.getState()
    const consents = state.consents || {}
    return Object.fromEntries((state.consentCategories || []).filter((c) => c !== 'necessary').map((c) => [c, !!consents[c]]))
  })()`,
  // Cookiebot's three refusable categories (developer docs: Cookiebot.consent.*).
  cookiebot: `(() => {
    const c = window.Cookiebot.consent
    return { preferences: !!c.preferences, statistics: !!c.statistics, marketing: !!c.marketing }
  })()`,
  // OneTrust: the site's groups (OneTrust.GetDomainData().Groups) but C0001 (strictly necessary),
  // each active when OnetrustActiveGroups (",C0001,C0002,") names it.
  onetrust: `(() => {
    const groups = (window.OneTrust.GetDomainData().Groups || []).map((g) => g.CustomGroupId).filter((id) => id && id !== 'C0001')
    const active = String(window.OnetrustActiveGroups || '')
    return Object.fromEntries(groups.map((id) => [id, active.includes(',' + id + ',')]))
  })()`,
}

/**
 * Opens the consent manager's settings dialog (its second layer) through its documented API, for
 * the report's picture of it: Sekisho `showSettings()`, cookieconsent `showPreferences()`, Klaro
 * `show(config, modal)` with the modal, Orejime `prompt()`.
 */
export const OPEN_SETTINGS: Record<string, string> = {
  sekisho: '(window.sekisho.showSettings(), true)',
  'vanilla-cookieconsent': '(window.CookieConsent.showPreferences(), true)',
  klaro: '(window.klaro.show(undefined, true), true)',
  orejime: '(window.orejime.prompt(), true)',
}

/**
 * Makes a Sekisho decision and checks that it took: Sekisho dispatches `sekisho:consent` within the
 * call (before a withdrawal's reload), so a call that sends none decided nothing.
 */
const sekishoDecides = (call: string) => `(() => {
  let decided = false
  const heard = () => { decided = true }
  document.addEventListener('sekisho:consent', heard)
  try { ${call} } finally { document.removeEventListener('sekisho:consent', heard) }
  return decided || 'no sekisho:consent event followed the call'
})()`

/**
 * How each consent manager is told a decision: its documented API where it has one, else the
 * first-layer button found by INSPECT. Each script returns false when it could not act.
 */
export const DRIVERS: Record<
  string,
  Partial<Record<Decision, string | ((purpose: string, all: string[]) => string)>>
> = {
  sekisho: {
    accept: sekishoDecides('window.sekisho.acceptAll()'),
    reject: sekishoDecides('window.sekisho.rejectAll()'),
    withdraw: sekishoDecides('window.sekisho.withdraw()'),
    custom: (purpose, all) =>
      sekishoDecides(
        `window.sekisho.setConsent(${JSON.stringify(Object.fromEntries(all.map((p) => [p, p === purpose])))})`,
      ),
  },
  'vanilla-cookieconsent': {
    accept: "(window.CookieConsent.acceptCategory('all'), window.CookieConsent.hide(), true)",
    reject: '(window.CookieConsent.acceptCategory([]), window.CookieConsent.hide(), true)',
    withdraw: '(window.CookieConsent.acceptCategory([]), true)',
    custom: (purpose) =>
      `(window.CookieConsent.acceptCategory([${JSON.stringify(purpose)}]), window.CookieConsent.hide(), true)`,
  },
  klaro: {
    accept:
      '(() => { const m = window.klaro.getManager(); m.changeAll(true); m.saveAndApplyConsents(); return true })()',
    reject:
      '(() => { const m = window.klaro.getManager(); m.changeAll(false); m.saveAndApplyConsents(); return true })()',
    withdraw:
      '(() => { const m = window.klaro.getManager(); m.changeAll(false); m.saveAndApplyConsents(); return true })()',
    custom: (purpose) =>
      `(() => { const m = window.klaro.getManager(); m.changeAll(false); m.updateConsent(${JSON.stringify(purpose)}, true); m.saveAndApplyConsents(); return true })()`,
  },
  // Orejime 3: the banner's buttons (data-testid, as its own tests find them), its manager's
  // acceptAll/declineAll (README "API") once the banner is gone.
  orejime: {
    accept: buttonOrApi('[data-testid="orejime-banner-accept"]', 'window.orejime.manager.acceptAll()'),
    reject: buttonOrApi('[data-testid="orejime-banner-decline"]', 'window.orejime.manager.declineAll()'),
    withdraw: '(window.orejime.manager.declineAll(), true)',
    custom: (purpose, all) =>
      `(() => { const m = window.orejime.manager; for (const p of ${JSON.stringify(all)}) m.setConsent(p, p === ${JSON.stringify(purpose)}); return true })()`,
  },
  // c15t (headless): the site draws the banner, so its store's saveConsents is the one sure way
  // ('all', or 'necessary' for the refusal; the same call a site's buttons make).
  c15t: {
    accept: "(window.c15tStore.getState().saveConsents('all'), true)",
    reject: "(window.c15tStore.getState().saveConsents('necessary'), true)",
    withdraw: "(window.c15tStore.getState().saveConsents('necessary'), true)",
    custom: (purpose, all) =>
      `(() => { const s = window.c15tStore.getState(); for (const c of ${JSON.stringify(all)}) s.setSelectedConsent(c, c === ${JSON.stringify(purpose)}); s.saveConsents('custom'); return true })()`,
  },
  // Cookiebot: its dialog's documented buttons while shown, else Cookiebot.submitCustomConsent(preferences, statistics, marketing).
  cookiebot: {
    accept: buttonOrApi(
      '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll',
      'window.Cookiebot.submitCustomConsent(true, true, true)',
    ),
    reject: buttonOrApi(
      '#CybotCookiebotDialogBodyButtonDecline',
      'window.Cookiebot.submitCustomConsent(false, false, false)',
    ),
    withdraw: '(window.Cookiebot.submitCustomConsent(false, false, false), true)',
    custom: (purpose) =>
      `(window.Cookiebot.submitCustomConsent(${['preferences', 'statistics', 'marketing'].map((c) => c === purpose).join(', ')}), true)`,
  },
  // OneTrust: its banner's buttons while shown, else OneTrust.AllowAll() / RejectAll(); one group
  // alone through OneTrust.UpdateConsent('Category', 'C0002:1,C0003:0,…').
  onetrust: {
    accept: buttonOrApi('#onetrust-accept-btn-handler', 'window.OneTrust.AllowAll()'),
    reject: buttonOrApi('#onetrust-reject-all-handler', 'window.OneTrust.RejectAll()'),
    withdraw: '(window.OneTrust.RejectAll(), true)',
    custom: (purpose, all) =>
      `(window.OneTrust.UpdateConsent('Category', ${JSON.stringify(all.map((g) => `${g}:${g === purpose ? 1 : 0}`).join(','))}), true)`,
  },
  generic: { accept: clickMarked('accept'), reject: clickMarked('reject') },
}
