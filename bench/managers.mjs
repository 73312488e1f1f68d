// The consent managers compared, each set up as its own documentation says: what goes in <head>,
// how the same trackers are marked up for it, where its banner's buttons are, how a visitor withdraws.
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { build } from 'esbuild'
import { AFFILIATE_SRC, GA_ID, GTAG_INLINE, GTAG_SRC, META_PIXEL_INLINE, PIXEL_ID } from './trackers.mjs'

const version = (pkg) => JSON.parse(readFileSync(new URL(`../${pkg}/package.json`, import.meta.url), 'utf8')).version

const TITLE = 'We use cookies'
const TEXT = 'This site sends data to analytics, advertising and affiliate services only with your consent.'
const AFFILIATE_IMG_JS = `var i = new Image(1, 1); i.alt = ''; i.src = '${AFFILIATE_SRC}'; document.body.appendChild(i)`

/**
 * @typedef {object} Manager
 * @property {string} id
 * @property {string} name  package name as installed
 * @property {string} version
 * @property {string} head  markup in <head> before the trackers
 * @property {string} trackers  the tracker set, marked up for this manager
 * @property {Record<string, string>} files  extra files beside the page (config scripts), by name
 * @property {string} [accept]  Playwright selector of the first layer's "accept all" button
 * @property {string} [reject]  ... "reject all" button
 * @property {string} [settings]  ... the button that opens the preferences
 * @property {(dir: string) => Promise<void>} [build]  writes the manager's files under the bench site (a site's own bundle)
 * @property {string} [bannerProbe]  JS expression (in the page) for the element whose visibility means "banner shown"
 * @property {string} [acceptApi]  JS that accepts all through the API when the button cannot be clicked; [rejectApi] likewise
 * @property {string} [withdraw]  JS run in the page to withdraw consent through the documented API; returns false when unsupported
 */

/** @type {Manager} */
const none = {
  id: 'none',
  name: '(no consent manager)',
  version: '-',
  head: '',
  trackers: `<script async src="${GTAG_SRC}"></script>
<script>${GTAG_INLINE}</script>
<script>${META_PIXEL_INLINE}</script>`,
  bodyEnd: `<img src="${AFFILIATE_SRC}" width="1" height="1" alt="">
<button type="button" id="bench-noop">OK</button>`,
  files: {},
  // The INP rows' floor: a click on a button that does nothing, on the same page and throttle.
  floor: '#bench-noop',
}

// Sekisho: inline JSON config first in <head>, then the script tag (README "Script-tag quick start").
const SEKISHO_CONFIG = {
  revision: '2026-11-01',
  controller: { name: 'Bench Shop K.K.', contact: 'privacy@example.jp', policyUrl: '/privacy.html' },
  jurisdiction: 'JP',
  languages: ['en', 'ja'],
  purposes: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'advertising' }, { id: 'affiliate' }],
  // Built-in catalog entries, as an operator writes them: the catalog carries hosts, cookies and notice text.
  services: ['google-analytics', 'meta-pixel', 'a8net', 'line-tag'],
}

/** @type {Manager} */
const sekisho = {
  id: 'sekisho',
  name: 'sekisho',
  version: version('packages/sekisho'),
  head: `<script type="application/json" id="sekisho-config">${JSON.stringify(SEKISHO_CONFIG)}</script>
<script src="/cm/sekisho/sekisho.js"></script>`,
  trackers: `<script type="text/plain" data-sekisho="analytics" async src="${GTAG_SRC}"></script>
<script type="text/plain" data-sekisho="analytics">${GTAG_INLINE}</script>
<script type="text/plain" data-sekisho="advertising">${META_PIXEL_INLINE}</script>`,
  bodyEnd: `<img data-sekisho="affiliate" data-src="${AFFILIATE_SRC}" width="1" height="1" alt="">`,
  files: {},
  // The element is always there; what counts is its shadow content being painted.
  bannerProbe: `document.querySelector('sekisho-banner')?.shadowRoot?.querySelector('button')`,
  accept: 'sekisho-banner >> role=button[name=/すべて同意|Accept all/i]',
  reject: 'sekisho-banner >> role=button[name=/すべて拒否|Reject all/i]',
  settings: 'sekisho-banner >> role=button[name=/^(設定|Settings)/i]',
  // Used only when the banner's button cannot be clicked (the JSON records which way was taken).
  acceptApi: `typeof window.sekisho?.acceptAll === 'function' ? (window.sekisho.acceptAll(), true) : false`,
  rejectApi: `typeof window.sekisho?.rejectAll === 'function' ? (window.sekisho.rejectAll(), true) : false`,
  withdraw: `typeof window.sekisho?.withdraw === 'function' ? (window.sekisho.withdraw(), true) : false`,
}

// vanilla-cookieconsent v3: CSS + UMD build + a config script calling CookieConsent.run; scripts held
// with type="text/plain" data-category (docs "Scripts management"); it manages <script> tags only,
// so the affiliate <img> goes through a held script, as its docs advise for non-script resources.
const COOKIECONSENT_CONFIG = `CookieConsent.run({
  // Playwright sets navigator.webdriver; the default (true) would hide the banner from "bots".
  hideFromBots: false,
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: { autoClear: { cookies: [{ name: /^_ga/ }] } },
    advertising: { autoClear: { cookies: [{ name: '_fbp' }, { name: '__lt__cid' }] } },
    affiliate: {}
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: '${TITLE}',
          description: '${TEXT}',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Settings'
        },
        preferencesModal: {
          title: 'Cookie settings',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' },
            { title: 'Analytics', description: 'Google Analytics (Google LLC).', linkedCategory: 'analytics' },
            { title: 'Advertising', description: 'Meta Pixel (Meta Platforms, Inc.), LINE Tag (LY Corporation).', linkedCategory: 'advertising' },
            { title: 'Affiliate', description: 'A8.net (FAN Communications, Inc.).', linkedCategory: 'affiliate' }
          ]
        }
      }
    }
  }
})
`

/** @type {Manager} */
const cookieconsent = {
  id: 'cookieconsent',
  name: 'vanilla-cookieconsent',
  version: version('node_modules/vanilla-cookieconsent'),
  head: `<link rel="stylesheet" href="/cm/cookieconsent/cookieconsent.css">
<script defer src="/cm/cookieconsent/cookieconsent.umd.js"></script>
<script defer src="config.js"></script>`,
  trackers: `<script type="text/plain" data-category="analytics" async src="${GTAG_SRC}"></script>
<script type="text/plain" data-category="analytics">${GTAG_INLINE}</script>
<script type="text/plain" data-category="advertising">${META_PIXEL_INLINE}</script>`,
  bodyEnd: `<script type="text/plain" data-category="affiliate">${AFFILIATE_IMG_JS}</script>`,
  files: { 'config.js': COOKIECONSENT_CONFIG },
  bannerProbe: `document.querySelector('#cc-main .cm')`,
  accept: '#cc-main .cm [data-role="all"]',
  reject: '#cc-main .cm [data-role="necessary"]',
  settings: '#cc-main .cm [data-role="show"]',
  // Docs: acceptCategory([]) keeps only the read-only categories; autoClear deletes the listed cookies.
  withdraw: `(CookieConsent.acceptCategory([]), true)`,
}

// Klaro: config.js defining klaroConfig, then klaro.js (with CSS and translations), both deferred
// (README "Getting started"); tags held with type="text/plain" data-type data-name data-src.
const KLARO_CONFIG = `var klaroConfig = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  cookieExpiresAfterDays: 180,
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  hideLearnMore: false,
  noticeAsModal: false,
  lang: 'en',
  translations: {
    en: {
      privacyPolicyUrl: '/privacy.html',
      consentNotice: { description: '${TEXT}' },
      purposes: {
        analytics: { title: 'Analytics' },
        advertising: { title: 'Advertising' },
        affiliate: { title: 'Affiliate' }
      }
    }
  },
  services: [
    { name: 'google-analytics', title: 'Google Analytics', purposes: ['analytics'], cookies: [/^_ga(_.*)?$/] },
    { name: 'meta-pixel', title: 'Meta Pixel', purposes: ['advertising'], cookies: ['_fbp'] },
    { name: 'a8', title: 'A8.net', purposes: ['affiliate'], cookies: [] }
  ]
}
`

/** @type {Manager} */
const klaro = {
  id: 'klaro',
  name: 'klaro',
  version: version('node_modules/klaro'),
  head: `<script defer src="config.js"></script>
<script defer src="/cm/klaro/klaro.js"></script>`,
  trackers: `<script type="text/plain" data-type="text/javascript" data-name="google-analytics" async data-src="${GTAG_SRC}"></script>
<script type="text/plain" data-type="text/javascript" data-name="google-analytics">${GTAG_INLINE}</script>
<script type="text/plain" data-type="text/javascript" data-name="meta-pixel">${META_PIXEL_INLINE}</script>`,
  bodyEnd: `<img data-name="a8" data-src="${AFFILIATE_SRC}" width="1" height="1" alt="">`,
  files: { 'config.js': KLARO_CONFIG },
  bannerProbe: `document.querySelector('.klaro .cookie-notice')`,
  accept: '.klaro .cookie-notice .cm-btn-success',
  reject: '.klaro .cookie-notice .cn-decline',
  settings: '.klaro .cookie-notice .cn-learn-more',
  withdraw: `(() => { const m = klaro.getManager(); m.changeAll(false); m.saveAndApplyConsents(); return true })()`,
}

// tarteaucitron: the script, then init with the README's options and services pushed to
// tarteaucitron.job (its way to hold tags: it loads them itself); the affiliate pixel is a custom
// service (README "Create custom service"). It loads its services, language and CSS files itself.
const TARTEAUCITRON_CONFIG = `tarteaucitron.init({
  privacyUrl: '/privacy.html', bodyPosition: 'bottom', hashtag: '#tarteaucitron', cookieName: 'tarteaucitron',
  orientation: 'middle', groupServices: false, showDetailsOnClick: true, serviceDefaultState: 'wait',
  showAlertSmall: false, showTitleBanner: false, cookieslist: false, cookieslistEmbed: false, showIcon: true,
  iconPosition: 'BottomRight', adblocker: false, DenyAllCta: true, AcceptAllCta: true, highPrivacy: true,
  alwaysNeedConsent: false, handleBrowserDNTRequest: false, removeCredit: false, moreInfoLink: true,
  useExternalCss: false, useExternalJs: false, readmoreLink: '', mandatory: true, mandatoryCta: true,
  googleConsentMode: true, bingConsentMode: true, pianoConsentMode: true, pianoConsentModeEssential: false,
  softConsentMode: false, dataLayer: false, serverSide: false, partnersList: false
});
tarteaucitron.user.gtagUa = '${GA_ID}';
tarteaucitron.user.gtagMore = function () {};
(tarteaucitron.job = tarteaucitron.job || []).push('gtag');
tarteaucitron.user.facebookpixelId = '${PIXEL_ID}';
tarteaucitron.user.facebookpixelMore = function () {};
tarteaucitron.job.push('facebookpixel');
tarteaucitron.services.a8 = {
  key: 'a8', type: 'ads', name: 'A8.net', uri: 'https://www.fancs.com/privacy', needConsent: true, cookies: ['a8'],
  js: function () { 'use strict'; ${AFFILIATE_IMG_JS} },
  fallback: function () {}
};
tarteaucitron.job.push('a8');
`

/** @type {Manager} */
const tarteaucitron = {
  id: 'tarteaucitron',
  name: 'tarteaucitronjs',
  version: version('node_modules/tarteaucitronjs'),
  head: `<script src="/cm/tarteaucitron/tarteaucitron.min.js"></script>
<script src="config.js"></script>`,
  trackers: '',
  bodyEnd: '',
  files: { 'config.js': TARTEAUCITRON_CONFIG },
  bannerProbe: `document.querySelector('#tarteaucitronAlertBig')`,
  accept: '#tarteaucitronPersonalize2',
  reject: '#tarteaucitronAllDenied2',
  settings: '#tarteaucitronCloseAlert',
  withdraw: `(tarteaucitron.userInterface.respondAll(false), true)`,
}

// Orejime 3 (README "Installation" and "Configuration"): orejimeConfig, then the standard theme's
// English build and its CSS, in <head>; every held tag wrapped in <template data-purpose> (any HTML,
// so the pixel <img> is held as it is). Purposes are the site's three, as in the other configs.
const OREJIME_CONFIG = `window.orejimeConfig = {
  privacyPolicyUrl: '/privacy.html',
  purposes: [
    { id: 'analytics', title: 'Analytics', description: 'Google Analytics (Google LLC).', cookies: [/^_ga(_.*)?$/] },
    { id: 'advertising', title: 'Advertising', description: 'Meta Pixel (Meta Platforms, Inc.).', cookies: ['_fbp', '__lt__cid'] },
    { id: 'affiliate', title: 'Affiliate', description: 'A8.net (FAN Communications, Inc.).', cookies: [] }
  ],
  translations: { banner: { title: '${TITLE}', description: '${TEXT}' } }
}
`
const template = (purpose, html) => `<template data-purpose="${purpose}">${html}</template>`

/** @type {Manager} */
const orejime = {
  id: 'orejime',
  name: 'orejime',
  version: version('node_modules/orejime'),
  head: `<link rel="stylesheet" href="/cm/orejime/orejime-standard.css">
<script src="config.js"></script>
<script src="/cm/orejime/orejime-standard-en.js"></script>`,
  trackers: [
    template('analytics', `<script async src="${GTAG_SRC}"></script>`),
    template('analytics', `<script>${GTAG_INLINE}</script>`),
    template('advertising', `<script>${META_PIXEL_INLINE}</script>`),
  ].join('\n'),
  bodyEnd: template('affiliate', `<img src="${AFFILIATE_SRC}" width="1" height="1" alt="">`),
  files: { 'config.js': OREJIME_CONFIG },
  bannerProbe: `document.querySelector('.orejime-Banner')`,
  accept: '[data-testid="orejime-banner-accept"]',
  reject: '[data-testid="orejime-banner-decline"]',
  settings: '[data-testid="orejime-banner-configure"]',
  // Orejime keeps its instance in a global once started (README "API": orejime.manager).
  withdraw: `(window.orejime.manager.declineAll(), true)`,
}

// c15t 2 without React: the headless `c15t` package with its script loader and the plain-DOM banner
// of its docs (peers/c15t-site.js), bundled and minified with esbuild as a site's build would do,
// loaded deferred in <head>. Its script loader holds the tags (no markup of its own for them).
const C15T_SCRIPTS = [
  { id: 'gtag', src: GTAG_SRC, category: 'measurement' },
  { id: 'gtag-config', textContent: GTAG_INLINE, category: 'measurement' },
  { id: 'meta-pixel', textContent: META_PIXEL_INLINE, category: 'marketing' },
  { id: 'a8', textContent: AFFILIATE_IMG_JS, category: 'marketing' },
]

/** @type {Manager} */
const c15t = {
  id: 'c15t',
  name: 'c15t',
  version: version('node_modules/c15t'),
  head: `<script defer src="/cm/c15t/consent.js"></script>`,
  trackers: '',
  bodyEnd: '',
  files: {},
  /** Writes the site's bundle under the bench site (served at /cm/c15t/). */
  build: async (dir) => {
    await mkdir(join(dir, 'cm/c15t'), { recursive: true })
    await build({
      entryPoints: [new URL('./peers/c15t-site.js', import.meta.url).pathname],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      define: { __BENCH_SCRIPTS__: JSON.stringify(C15T_SCRIPTS), __BENCH_TEXT__: JSON.stringify(TEXT) },
      outfile: join(dir, 'cm/c15t/consent.js'),
      logLevel: 'error',
    })
  },
  bannerProbe: `document.querySelector('#consent-banner')`,
  accept: '#consent-accept',
  reject: '#consent-reject',
  settings: '#consent-customize',
  withdraw: `(window.c15tStore.getState().saveConsents('necessary'), true)`,
}

/** Sekisho first, peers, then the page without a consent manager (the 1.0 of the DOM ratio). */
export const MANAGERS = [sekisho, cookieconsent, orejime, c15t, klaro, tarteaucitron, none]
export const PEERS = ['cookieconsent', 'orejime', 'c15t', 'klaro', 'tarteaucitron']

/** URL prefix -> folder (relative to the repo) for the one 127.0.0.1 server. */
export const MOUNTS = {
  '/cm/sekisho/': 'packages/sekisho/dist',
  '/cm/cookieconsent/': 'node_modules/vanilla-cookieconsent/dist',
  '/cm/klaro/': 'node_modules/klaro/dist',
  '/cm/tarteaucitron/': 'node_modules/tarteaucitronjs',
  '/cm/orejime/': 'node_modules/orejime/dist',
}

/** Whether a URL is one of the manager's files: its package (/cm/<id>/) or its config beside the page (/p/<id>/). */
export function ownsUrl(m, url) {
  const path = new URL(url).pathname
  return (
    path.startsWith(`/cm/${m.id}/`) ||
    (path.startsWith(`/p/${m.id}/`) && path !== `/p/${m.id}/` && !path.endsWith('.html'))
  )
}
